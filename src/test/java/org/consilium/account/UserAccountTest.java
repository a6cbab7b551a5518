package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Agency socialServices = new Agency(new AgencyDetails("CSS-1", "Centre", AgencyType.SOCIAL_SERVICES, "North"));
    private final Agency school = new Agency(new AgencyDetails("SCH-1", "School 1", AgencyType.SCHOOL, "North"));
    private final Family family = new Family("Kovalenko", "North");

    @Test
    void user_names_are_stored_in_lower_case_and_must_fit_the_pattern() {
        assertThat(new UserAccount(" Olena.S ", "Olena").getUsername()).isEqualTo("olena.s");
        assertRefused(() -> new UserAccount("ab", "Olena"), "username", "account.username.invalid");
        assertRefused(() -> new UserAccount("олена", "Olena"), "username", "account.username.invalid");
        assertRefused(() -> new UserAccount("", "Olena"), "username", "validation.required");
    }

    @Test
    void a_staff_role_needs_an_agency_of_the_matching_type() {
        UserAccount a = new UserAccount("teacher", "Teacher");
        a.assign(Set.of(AppRoles.SCHOOL), school, null);
        assertThat(a.getAgency()).isSameAs(school);

        assertRefused(() -> a.assign(Set.of(AppRoles.SCHOOL), socialServices, null), "agency", "account.agency.wrongType");
        assertRefused(() -> a.assign(Set.of(AppRoles.CURATOR), school, null), "agency", "account.agency.wrongType");
        assertRefused(() -> a.assign(Set.of(AppRoles.POLICE), null, null), "agency", "account.agency.required");
    }

    @Test
    void an_administrator_may_belong_to_any_agency() {
        UserAccount a = new UserAccount("admin2", "Admin");
        a.assign(Set.of(AppRoles.ADMIN), school, null);
        assertThat(a.getRoles()).containsExactly(AppRoles.ADMIN);
    }

    @Test
    void a_family_member_belongs_to_a_family_and_holds_no_other_role() {
        UserAccount a = new UserAccount("mother", "Maria");
        a.assign(Set.of(AppRoles.FAMILY), socialServices, family);
        assertThat(a.getFamily()).isSameAs(family);
        assertThat(a.getAgency()).as("a family member is not staff of an agency").isNull();

        assertRefused(() -> a.assign(Set.of(AppRoles.FAMILY, AppRoles.CURATOR), socialServices, family), "roles", "account.roles.familyAlone");
        assertRefused(() -> a.assign(Set.of(AppRoles.FAMILY), null, null), "family", "account.family.required");
    }

    @Test
    void a_refused_assignment_changes_nothing() {
        UserAccount a = new UserAccount("curator2", "Iryna");
        a.assign(Set.of(AppRoles.CURATOR), socialServices, null);

        assertRefused(() -> a.assign(Set.of(AppRoles.CURATOR, AppRoles.SCHOOL), socialServices, null), "agency", "account.agency.wrongType");

        assertThat(a.getRoles()).containsExactly(AppRoles.CURATOR);
        assertThat(a.getAgency()).isSameAs(socialServices);
    }

    @Test
    void at_least_one_known_role_is_needed() {
        UserAccount a = new UserAccount("nobody", "Nobody");
        assertRefused(() -> a.assign(Set.of(), socialServices, null), "roles", "account.roles.required");
        assertRefused(() -> a.assign(Set.of("JANITOR"), socialServices, null), "roles", "account.roles.unknown");
    }

    @Test
    void e_mail_must_look_like_an_address_when_given() {
        UserAccount a = new UserAccount("mail", "Mail");
        a.changeEmail("  ");
        assertThat(a.getEmail()).isNull();
        a.changeEmail("olena@example.org");
        assertThat(a.getEmail()).isEqualTo("olena@example.org");
        assertRefused(() -> a.changeEmail("olena-at-example"), "email", "validation.email");
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).contains(field);
                });
    }
}
