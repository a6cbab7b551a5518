package org.consilium.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.consilium.base.BusinessException;
import org.junit.jupiter.api.Test;

class FamilyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static FamilyDetails details(MemberDetails... members) {
        FamilyDetails d = new FamilyDetails();
        d.setAddress("вул. Шевченка, 12, кв. 5");
        d.setDistrict("Шевченківський");
        d.setMembers(List.of(members));
        return d;
    }

    private static MemberDetails mother(String born) {
        return new MemberDetails("Коваленко", "Марія", born == null ? null : LocalDate.parse(born), Sex.FEMALE, Relation.MOTHER);
    }

    private static MemberDetails child(String born) {
        return new MemberDetails("Коваленко", "Андрій", born == null ? null : LocalDate.parse(born), Sex.MALE, Relation.CHILD);
    }

    @Test
    void a_family_is_named_after_its_first_member_and_keeps_its_members_in_order() {
        Family f = Family.register(details(mother("1988-03-14"), child("2012-09-02")), TODAY);
        assertThat(f.getName()).isEqualTo("Коваленко");
        assertThat(f.getMembers()).extracting(FamilyMember::getFirstName).containsExactly("Марія", "Андрій");
        assertThat(f.getMembers().get(1).ageOn(TODAY)).isEqualTo(14);
        assertThat(f.getAddress()).isEqualTo("вул. Шевченка, 12, кв. 5");
    }

    @Test
    void a_birth_date_in_the_future_is_refused_at_that_members_birth_date() {
        assertThatThrownBy(() -> Family.register(details(mother("1988-03-14"), child("2026-12-01")), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("family.member.birthDateFuture");
                    assertThat(e.getField()).contains("members[1].birthDate");
                });
    }

    @Test
    void a_child_born_before_its_mother_is_refused() {
        assertThatThrownBy(() -> Family.register(details(mother("2013-01-01"), child("2012-09-02")), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("family.member.childOlderThanParent");
                    assertThat(e.getArguments()).containsExactly("Коваленко Андрій", "Коваленко Марія");
                });
    }

    @Test
    void a_grandparent_or_unknown_birth_dates_do_not_trigger_the_age_rule() {
        MemberDetails grandmother = new MemberDetails("Ткаченко", "Наталія", LocalDate.parse("2015-01-01"), Sex.FEMALE, Relation.GRANDPARENT);
        Family f = Family.register(details(grandmother, child("2012-09-02"), mother(null)), TODAY);
        assertThat(f.getMembers()).hasSize(3);
    }

    @Test
    void a_family_needs_members_with_names_sex_and_relation() {
        assertThatThrownBy(() -> Family.register(details(), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "family.members.required");
        MemberDetails nameless = child("2012-09-02");
        nameless.setFirstName(" ");
        assertThatThrownBy(() -> Family.register(details(mother("1988-03-14"), nameless), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("members[1].firstName"));
        MemberDetails noRelation = child("2012-09-02");
        noRelation.setRelation(null);
        assertThatThrownBy(() -> Family.register(details(noRelation), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("members[0].relation"));
    }

    @Test
    void a_refused_change_leaves_the_family_as_it_was() {
        Family f = Family.register(details(mother("1988-03-14"), child("2012-09-02")), TODAY);
        FamilyDetails wrong = details(mother("1988-03-14"), child("2030-01-01"));
        wrong.setAddress("інша адреса");
        assertThatThrownBy(() -> f.describe(wrong, TODAY)).isInstanceOf(BusinessException.class);
        assertThat(f.getAddress()).isEqualTo("вул. Шевченка, 12, кв. 5");
        assertThat(f.getMembers()).hasSize(2);
    }

    @Test
    void only_children_keep_school_and_only_adults_keep_contacts() {
        MemberDetails m = mother("1988-03-14");
        m.setPhone("+380 67 123 45 67");
        m.setSchoolClass("7-Б");
        MemberDetails c = child("2012-09-02");
        c.setSchoolClass("7-Б");
        c.setPhone("+380 00 000 00 00");
        Family f = Family.register(details(m, c), TODAY);
        assertThat(f.getMembers().get(0).getPhone()).isEqualTo("+380 67 123 45 67");
        assertThat(f.getMembers().get(0).getSchoolClass()).isNull();
        assertThat(f.getMembers().get(1).getSchoolClass()).isEqualTo("7-Б");
        assertThat(f.getMembers().get(1).getPhone()).isNull();
    }
}
