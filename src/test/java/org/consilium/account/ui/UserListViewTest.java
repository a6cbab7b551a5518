package org.consilium.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.consilium.testing.SignedIn.unique;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.consilium.account.UserAccountService;
import org.consilium.account.UserRow;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserListViewTest extends KaribuTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        navigate("admin/users");
    }

    @Test
    void an_administrator_creates_a_family_members_account_linked_to_a_family() {
        UserListView view = _get(UserListView.class);
        _click(view.toolbar.addButton);
        UserForm form = view.form;
        String username = unique("fam.").toLowerCase(Locale.ROOT);
        form.username.setValue(username);
        form.fullName.setValue("Ігор Мельник");
        form.roles.setValue(Set.of(AppRoles.FAMILY));
        assertThat(form.family.isVisible()).isTrue();
        assertThat(form.agency.isVisible()).isFalse();
        form.family.setValue(form.family.getListDataView().getItems()
                .filter(f -> f.getName().equals("Мельник")).findFirst().orElseThrow());
        form.newPassword.setValue("family-pass-1");
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        view.toolbar.filter.setValue(username);
        UserRow row = GridKt._get(view.grid, 0);
        assertThat(row.familyName()).isEqualTo("Мельник");
        assertThat(row.roles()).containsExactly(AppRoles.FAMILY);
    }

    @Test
    void a_staff_account_without_an_agency_is_refused_at_the_agency_field() {
        UserListView view = _get(UserListView.class);
        _click(view.toolbar.addButton);
        UserForm form = view.form;
        form.username.setValue(unique("np.").toLowerCase(Locale.ROOT));
        form.fullName.setValue("No Place");
        form.roles.setValue(Set.of(AppRoles.CURATOR));
        form.newPassword.setValue("long-enough-1");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.agency.isInvalid()).isTrue();
        assertThat(form.agency.getErrorMessage()).isEqualTo("Choose the agency this person works for.");
    }

    @Test
    void when_another_administrator_saved_the_account_meanwhile_the_save_is_refused_naming_them_by_full_name() {
        String username = staff.create("nurse.", "Тетяна Бойко", AppRoles.HEALTH, AgencyType.HEALTH, "nurse-pass-1");
        UserListView view = _get(UserListView.class);
        view.toolbar.filter.setValue(username);
        GridKt._clickItem(view.grid, 0);
        UserForm form = view.form;

        // Another administrator changes the same account while this form is open.
        UserAccountService.Editable theirs = accounts.edit(form.recordId()).orElseThrow();
        theirs.details().setFullName("Тетяна Бойко-Шевчук");
        accounts.update(theirs.id(), theirs.version(), theirs.details());

        form.fullName.setValue("Тетяна Бойко (медсестра)");
        _click(form.save);

        assertThat(form.isOpened()).as("the form stays open with the user's input").isTrue();
        assertThat(form.fullName.getValue()).isEqualTo("Тетяна Бойко (медсестра)");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).startsWith("Not saved: Богдан Кравець changed this record at"));
        assertThat(accounts.edit(form.recordId()).orElseThrow().details().getFullName()).isEqualTo("Тетяна Бойко-Шевчук");
    }

    @Test
    void editing_an_account_keeps_its_user_name_fixed() {
        UserListView view = _get(UserListView.class);
        view.toolbar.filter.setValue("curator");
        GridKt._clickItem(view.grid, 0);
        UserForm form = view.form;
        assertThat(form.username.getValue()).isEqualTo("curator");
        assertThat(form.username.isReadOnly()).isTrue();
        assertThat(form.roles.getValue()).containsExactly(AppRoles.CURATOR);
    }

    @Test
    void when_a_second_administrator_saved_the_account_meanwhile_the_first_is_told_the_seconds_full_name() {
        String username = staff.create("social.", "Василь Ткач", AppRoles.SCHOOL, AgencyType.SCHOOL, "school-pass-1");
        String other = staff.create("adm.", "Ярина Олійник", AppRoles.ADMIN, AgencyType.SOCIAL_SERVICES, "other-admin-1");
        UserListView view = _get(UserListView.class);
        view.toolbar.filter.setValue(username);
        GridKt._clickItem(view.grid, 0);
        UserForm form = view.form;

        // The second administrator changes the same account while this form is open.
        signedIn.as(other, () -> {
            UserAccountService.Editable theirs = accounts.edit(form.recordId()).orElseThrow();
            theirs.details().setEmail("tkach@school.example");
            return accounts.update(theirs.id(), theirs.version(), theirs.details());
        });

        form.fullName.setValue("Василь Ткач (вчитель)");
        _click(form.save);

        assertThat(form.isOpened()).as("the form stays open with the user's input").isTrue();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                        .startsWith("Not saved: Ярина Олійник changed this record at"));
        assertThat(accounts.edit(form.recordId()).orElseThrow().details().getFullName()).isEqualTo("Василь Ткач");
    }
}
