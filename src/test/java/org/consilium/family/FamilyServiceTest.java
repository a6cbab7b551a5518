package org.consilium.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consilium.testing.SignedIn.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.consilium.base.BusinessException;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;

@MariaDbTest
class FamilyServiceTest {

    @Autowired
    FamilyService families;

    @Autowired
    FamilyRepository repository;

    @Autowired
    SignedIn signedIn;

    /** A family whose surname and address are unique to this test run. */
    private static FamilyDetails newFamily(String surname, String address, LocalDate childBorn) {
        FamilyDetails d = new FamilyDetails();
        d.setAddress(address);
        d.setDistrict("Подільський");
        d.setMembers(List.of(
                new MemberDetails(surname, "Ганна", LocalDate.parse("1990-05-05"), Sex.FEMALE, Relation.MOTHER),
                new MemberDetails(surname, "Остап", childBorn, Sex.MALE, Relation.CHILD)));
        return d;
    }

    /** A Cyrillic surname unique to this run: a fixed stem and the run's code spelled in Cyrillic. */
    private static String uniqueSurname() {
        String code = unique("").toLowerCase();
        StringBuilder s = new StringBuilder("Гордієнко");
        // Without "щ": "щ" before "ч" gets different keys in Cyrillic and in Latin (a known limit of NameKeys).
        String cyr = "абвгдежзиклмнопрстуфхцчшюяіїє";
        for (char c : code.toCharArray()) {
            s.append(cyr.charAt(Character.digit(c, 36) % cyr.length()));
        }
        return s.toString();
    }

    @Test
    @Transactional
    void a_registered_family_round_trips_with_members_categories_and_cyrillic() {
        String surname = uniqueSurname();
        FamilyDetails d = newFamily(surname, "вул. Ярославська, 9", LocalDate.parse("2015-04-04"));
        FamilyCategory large = signedIn.as("intake", () -> families.categories()).stream()
                .filter(c -> c.getCode().equals("LARGE_FAMILY")).findFirst().orElseThrow();
        d.setCategories(Set.of(large));

        Family saved = signedIn.as("intake", () -> families.register(d, false));

        Family found = repository.findById(saved.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo(surname);
        assertThat(found.getMembers()).extracting(FamilyMember::getFirstName).containsExactly("Ганна", "Остап");
        assertThat(found.getCategories()).extracting(FamilyCategory::getCode).containsExactly("LARGE_FAMILY");
        assertThat(large.name(Locale.forLanguageTag("uk"))).isEqualTo("Багатодітна сім’я");
    }

    @Test
    void the_same_child_spelled_in_latin_letters_is_found_as_a_likely_duplicate() {
        String surname = uniqueSurname();
        LocalDate born = LocalDate.parse("2014-02-02");
        Family known = signedIn.as("intake", () -> families.register(newFamily(surname, "", born), false));

        String latinSurname = NameKeysTestSupport.latin(surname).toUpperCase();
        FamilyDetails again = newFamily(latinSurname, "", born);
        again.setMembers(List.of(new MemberDetails(latinSurname, "Ostap", born, Sex.MALE, Relation.CHILD)));

        List<DuplicateCandidate> matches = signedIn.as("intake", () -> families.likelyDuplicates(again));
        assertThat(matches).extracting(DuplicateCandidate::familyId).contains(known.getId());
        assertThat(matches).filteredOn(m -> m.familyId() == known.getId())
                .extracting(DuplicateCandidate::reason).containsExactly(DuplicateCandidate.Reason.SAME_CHILD);
    }

    @Test
    void a_similar_surname_at_the_same_address_is_a_likely_duplicate_but_another_address_is_not() {
        String surname = uniqueSurname();
        String address = "вул. Ярославська, 11, кв. " + surname.length();
        Family known = signedIn.as("intake", () -> families.register(newFamily(surname, address, null), false));

        FamilyDetails misspelled = newFamily(surname.substring(0, surname.length() - 1), "ВУЛ. ЯРОСЛАВСЬКА 11 КВ " + surname.length(), null);
        assertThat(signedIn.as("intake", () -> families.likelyDuplicates(misspelled)))
                .extracting(DuplicateCandidate::familyId, DuplicateCandidate::reason)
                .contains(Tuple.tuple(known.getId(), DuplicateCandidate.Reason.SAME_ADDRESS_SIMILAR_SURNAME));

        FamilyDetails elsewhere = newFamily(surname, "вул. Ярославська, 13", null);
        assertThat(signedIn.as("intake", () -> families.likelyDuplicates(elsewhere)))
                .extracting(DuplicateCandidate::familyId).doesNotContain(known.getId());
    }

    @Test
    void a_likely_duplicate_is_refused_until_the_user_confirms_it_is_a_new_family_and_nothing_is_saved_before() {
        String surname = uniqueSurname();
        LocalDate born = LocalDate.parse("2013-03-03");
        signedIn.as("intake", () -> families.register(newFamily(surname, "", born), false));
        long before = repository.count();

        assertThatThrownBy(() -> signedIn.as("intake", () -> families.register(newFamily(surname, "", born), false)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("family.duplicate.found");
                    assertThat(e.getField()).contains("members");
                });
        assertThat(repository.count()).isEqualTo(before);

        signedIn.as("intake", () -> families.register(newFamily(surname, "", born), true));
        assertThat(repository.count()).isEqualTo(before + 1);
    }

    @Test
    void families_are_found_by_a_members_name_in_any_spelling_by_birth_date_and_by_address() {
        String surname = uniqueSurname();
        LocalDate born = LocalDate.parse("2011-11-11");
        String address = "пров. Рильський, " + surname.length() + ", кв. 77";
        Family known = signedIn.as("intake", () -> families.register(newFamily(surname, address, born), false));

        for (String query : List.of(surname.toLowerCase(), NameKeysTestSupport.latin(surname), "11.11.2011", "2011-11-11",
                "Рильський, " + surname.length() + ", кв. 77", "пров. Рильський")) {
            assertThat(signedIn.as("curator", () -> families.search(query, PageRequest.of(0, 50)).getContent()))
                    .as(query).extracting(FamilyRow::id).contains(known.getId());
        }
    }

    @Test
    void a_members_name_is_matched_from_the_start_of_the_surname_or_the_first_name_in_any_order() {
        String surname = uniqueSurname();
        Family known = signedIn.as("intake", () -> families.register(newFamily(surname, "", LocalDate.parse("2012-03-03")), false));
        String start = surname.substring(0, surname.length() - 2);

        for (String query : List.of(start, "Остап " + surname, "ган " + start.toLowerCase(), NameKeysTestSupport.latin(start))) {
            assertThat(signedIn.as("curator", () -> families.idsWithMemberNamed(query))).as(query).contains(known.getId());
            assertThat(signedIn.as("curator", () -> families.search(query, PageRequest.of(0, 50)).getContent()))
                    .as(query).extracting(FamilyRow::id).contains(known.getId());
        }
        // Every word must begin a name of the same member: the child is Остап, not Ганна.
        assertThat(signedIn.as("curator", () -> families.idsWithMemberNamed("Остап " + surname + " Ганна"))).isEmpty();
    }

    @Test
    void a_name_that_fits_too_many_families_is_refused_at_the_name_filter() {
        assertThat(FamilyService.fewEnough(List.of(1L, 2L), 2)).containsExactlyInAnyOrder(1L, 2L);
        assertThatThrownBy(() -> FamilyService.fewEnough(List.of(1L, 2L, 3L), 2))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("family.search.tooMany");
                    assertThat(e.getField()).contains(FamilyService.NAMED_FIELD);
                });
    }

    @Test
    void partner_agencies_and_families_cannot_search_or_register_families() {
        for (String user : List.of("school", "police", "health", "family")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> families.search("", PageRequest.of(0, 5))))
                    .as(user).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user, () -> families.register(newFamily("Х", "", null), true)))
                    .as(user).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void the_demo_families_have_their_members() {
        FamilyRow kovalenko = signedIn.as("intake", () -> families.search("Коваленко Андрій", PageRequest.of(0, 5)).getContent())
                .stream().filter(r -> r.name().equals("Коваленко")).findFirst().orElseThrow();
        assertThat(kovalenko.members()).extracting(FamilyRow.Member::fullName)
                .contains("Коваленко Марія", "Коваленко Андрій", "Коваленко Софія");
    }
}
