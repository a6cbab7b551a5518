package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consilium.testing.SignedIn.unique;

import java.util.Locale;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@MariaDbTest
class UserAccountServiceTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    StaffAccounts staff;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignedIn signedIn;

    private UserAccountDetails teacher(String username) {
        UserAccountDetails d = staff.details(username, "Оксана Петренко", AppRoles.SCHOOL, AgencyType.SCHOOL, "secret-123");
        d.setEmail("oksana@example.org");
        d.setLocale(Locale.forLanguageTag("ru"));
        return d;
    }

    @Test
    void an_account_round_trips_with_its_roles_agency_language_and_a_hashed_password() {
        String username = unique("t.").toLowerCase(Locale.ROOT);
        UserAccount created = signedIn.as("admin", () -> accounts.create(teacher(username)));

        UserAccount found = repository.findByUsername(username).orElseThrow();
        assertThat(found.getId()).isEqualTo(created.getId());
        assertThat(found.getFullName()).isEqualTo("Оксана Петренко");
        assertThat(found.getRoles()).containsExactly(AppRoles.SCHOOL);
        assertThat(found.getAgency().getType()).isEqualTo(AgencyType.SCHOOL);
        assertThat(found.getLocale()).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(found.getPasswordHash()).isNotEqualTo("secret-123");
        assertThat(passwordEncoder.matches("secret-123", found.getPasswordHash())).isTrue();
        assertThat(signedIn.as("admin", () -> accounts.page(PageRequest.of(0, 5), username).getContent()))
                .extracting(UserRow::username).containsExactly(username);
    }

    @Test
    void a_taken_user_name_is_refused_at_the_user_name_field() {
        assertThatThrownBy(() -> signedIn.as("admin", () -> accounts.create(teacher("curator"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("account.username.taken");
                    assertThat(e.getField()).contains("username");
                });
    }

    @Test
    void a_wrong_combination_of_role_and_agency_saves_nothing() {
        long before = repository.count();
        UserAccountDetails d = teacher(unique("w.").toLowerCase(Locale.ROOT));
        d.setAgency(staff.agencyOf(AgencyType.POLICE));

        assertThatThrownBy(() -> signedIn.as("admin", () -> accounts.create(d)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("agency"));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_short_password_is_refused_and_the_account_keeps_its_old_one() {
        String username = unique("p.").toLowerCase(Locale.ROOT);
        UserAccount created = signedIn.as("admin", () -> accounts.create(teacher(username)));
        UserAccountService.Editable editable = signedIn.as("admin", () -> accounts.edit(created.getId()).orElseThrow());
        editable.details().setNewPassword("short");
        editable.details().setFullName("Змінене ім’я");

        assertThatThrownBy(() -> signedIn.as("admin", () -> accounts.update(editable.id(), editable.version(), editable.details())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("newPassword"));

        UserAccount after = repository.findByUsername(username).orElseThrow();
        assertThat(after.getFullName()).isEqualTo("Оксана Петренко");
        assertThat(passwordEncoder.matches("secret-123", after.getPasswordHash())).isTrue();
    }

    @Test
    void when_two_administrators_edit_one_account_the_second_save_is_refused_naming_the_first_by_full_name() {
        String otherAdmin = unique("adm.").toLowerCase(Locale.ROOT);
        signedIn.as("admin", () -> {
            UserAccountDetails d = new UserAccountDetails();
            d.setUsername(otherAdmin);
            d.setFullName("Друга адміністраторка");
            d.setRoles(Set.of(AppRoles.ADMIN));
            d.setAgency(staff.agencyOf(AgencyType.SOCIAL_SERVICES));
            d.setNewPassword("another-secret");
            return accounts.create(d);
        });
        UserAccount target = signedIn.as("admin", () -> accounts.create(teacher(unique("c.").toLowerCase(Locale.ROOT))));
        UserAccountService.Editable mine = signedIn.as("admin", () -> accounts.edit(target.getId()).orElseThrow());
        UserAccountService.Editable theirs = signedIn.as(otherAdmin, () -> accounts.edit(target.getId()).orElseThrow());

        theirs.details().setFullName("Їхня зміна");
        signedIn.as(otherAdmin, () -> accounts.update(theirs.id(), theirs.version(), theirs.details()));
        mine.details().setFullName("Моя зміна");

        assertThatThrownBy(() -> signedIn.as("admin", () -> accounts.update(mine.id(), mine.version(), mine.details())))
                .isInstanceOfSatisfying(EditConflictException.class, e -> assertThat(e.getChangedBy()).isEqualTo("Друга адміністраторка"));
        assertThat(repository.findById(target.getId()).orElseThrow().getFullName()).isEqualTo("Їхня зміна");
    }

    @Test
    void an_administrator_cannot_remove_the_administrator_role_from_their_own_account() {
        long adminId = repository.findByUsername("admin").orElseThrow().getId();
        UserAccountService.Editable own = signedIn.as("admin", () -> accounts.edit(adminId).orElseThrow());
        own.details().setRoles(Set.of(AppRoles.CURATOR));

        assertThatThrownBy(() -> signedIn.as("admin", () -> accounts.update(own.id(), own.version(), own.details())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("account.roles.keepOwnAdmin"));
        assertThat(repository.findByUsername("admin").orElseThrow().getRoles()).contains(AppRoles.ADMIN);
    }

    @Test
    void staff_other_than_administrators_cannot_list_or_create_accounts() {
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> accounts.page(PageRequest.of(0, 5), "")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> accounts.create(teacher("x.y.z"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void each_user_sees_their_own_account_as_the_signed_in_user() {
        SignedInUser family = signedIn.as("family", () -> accounts.signedIn().orElseThrow());
        assertThat(family.roles()).containsExactly(AppRoles.FAMILY);
        assertThat(family.familyName()).isEqualTo("Коваленко");
        assertThat(family.agencyId()).isNull();
    }

    @Test
    void a_browsers_request_reads_the_signed_in_account_once_and_again_after_an_account_changed() {
        String username = unique("t.").toLowerCase(Locale.ROOT);
        UserAccount created = signedIn.as("admin", () -> accounts.create(teacher(username)));
        RequestAttributes before = RequestContextHolder.getRequestAttributes();
        try {
            MockHttpServletRequest request = new MockHttpServletRequest();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            // Not through the portal's filters: read every time.
            assertThat(signedIn.as(username, () -> accounts.signedInAccount().orElseThrow()))
                    .isNotSameAs(signedIn.as(username, () -> accounts.signedInAccount().orElseThrow()));

            request.setAttribute(UserAccountService.KEEPS_ACCOUNT, Boolean.TRUE);
            UserAccount first = signedIn.as(username, () -> accounts.signedInAccount().orElseThrow());
            assertThat(signedIn.as(username, () -> accounts.signedInAccount().orElseThrow())).isSameAs(first);
            assertThat(signedIn.as(username, () -> accounts.signedInAgency().orElseThrow().getId()))
                    .isEqualTo(first.getAgency().getId());
            assertThat(signedIn.as("admin", () -> accounts.signedInAccount().orElseThrow().getUsername()))
                    .as("another user in the same request").isEqualTo("admin");

            UserAccountDetails renamed = teacher(username);
            renamed.setFullName("Оксана Коваль");
            UserAccount current = repository.findByUsername(username).orElseThrow();
            signedIn.as("admin", () -> accounts.update(created.getId(), current.getVersion(), renamed));
            assertThat(signedIn.as(username, () -> accounts.signedInAccount().orElseThrow().getFullName()))
                    .as("read again after the change").isEqualTo("Оксана Коваль");
        } finally {
            RequestContextHolder.setRequestAttributes(before);
        }
    }
}
