package org.consilium.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consilium.testing.SignedIn.unique;

import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.family.FamilyService;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

@MariaDbTest
class AgencyServiceTest {

    @Autowired
    AgencyService agencies;

    @Autowired
    AgencyRepository repository;

    @Autowired
    SignedIn signedIn;

    @Autowired
    FamilyService families;

    @Test
    void an_administrator_creates_an_agency_and_finds_it_again_with_cyrillic_intact() {
        String code = unique("T-");
        Agency created = signedIn.as("admin", () -> agencies.create(
                new AgencyDetails(code, "Ліцей «Надія» " + code, AgencyType.SCHOOL, "Подільський")));

        Agency found = repository.findById(created.getId()).orElseThrow();
        assertThat(found.getName()).isEqualTo("Ліцей «Надія» " + code);
        assertThat(found.getDistrict()).isEqualTo("Подільський");
        assertThat(found.getUpdatedBy()).isEqualTo("admin");
        assertThat(signedIn.as("admin", () -> agencies.page(PageRequest.of(0, 10), code).getContent()))
                .extracting(Agency::getCode).containsExactly(code);
    }

    @Test
    void a_duplicate_code_or_name_in_the_same_district_is_refused_and_nothing_is_saved() {
        String code = unique("D-");
        signedIn.as("admin", () -> agencies.create(new AgencyDetails(code, "Школа " + code, AgencyType.SCHOOL, "Північ")));
        long before = repository.count();

        assertThatThrownBy(() -> signedIn.as("admin", () -> agencies.create(
                new AgencyDetails(code.toLowerCase(), "Інша школа", AgencyType.SCHOOL, "Північ"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("agency.code.taken");
                    assertThat(e.getField()).contains("code");
                });
        assertThatThrownBy(() -> signedIn.as("admin", () -> agencies.create(
                new AgencyDetails(unique("E-"), "школа " + code, AgencyType.SCHOOL, "північ"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("name"));

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_told_who_changed_the_agency_by_full_name() {
        String code = unique("C-");
        Agency agency = signedIn.as("admin", () -> agencies.create(new AgencyDetails(code, "Клініка " + code, AgencyType.HEALTH, "Схід")));
        long openedAt = agency.getVersion();

        signedIn.as("admin", () -> agencies.update(agency.getId(), openedAt,
                new AgencyDetails(code, "Клініка № 1 " + code, AgencyType.HEALTH, "Схід")));

        assertThatThrownBy(() -> signedIn.as("admin", () -> agencies.update(agency.getId(), openedAt,
                new AgencyDetails(code, "Клініка № 2 " + code, AgencyType.HEALTH, "Схід"))))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.getChangedBy()).isEqualTo("Богдан Кравець");
                    assertThat(e.getChangedAt()).isNotNull();
                });
        assertThat(repository.findById(agency.getId()).orElseThrow().getName()).isEqualTo("Клініка № 1 " + code);
    }

    @Test
    void partner_agencies_and_families_cannot_list_agencies_or_families() {
        for (String user : new String[] {"school", "police", "health", "family"}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> agencies.all())).as(user).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user, () -> families.count())).as(user).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @Test
    void only_administrators_may_create_agencies() {
        assertThatThrownBy(() -> signedIn.as("school", () -> agencies.create(
                new AgencyDetails(unique("S-"), "Школа", AgencyType.SCHOOL, ""))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
