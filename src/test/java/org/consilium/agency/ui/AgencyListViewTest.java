package org.consilium.agency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.consilium.testing.SignedIn.unique;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgencyListViewTest extends KaribuTest {

    @Autowired
    AgencyService agencies;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void openAsAdministrator() {
        signIn("admin");
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("uk"));
        navigate("admin/agencies");
    }

    @Test
    void an_administrator_adds_an_agency_through_the_form_and_finds_it_in_the_list() {
        AgencyListView view = _get(AgencyListView.class);
        _click(view.toolbar.addButton);
        AgencyForm form = view.form;
        String code = unique("K-");
        form.code.setValue(code);
        form.name.setValue("Гімназія № 7 " + code);
        form.type.setValue(AgencyType.SCHOOL);
        form.district.setValue("Оболонський");
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        view.toolbar.filter.setValue(code);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        Agency row = GridKt._get(view.grid, 0);
        assertThat(row.getName()).isEqualTo("Гімназія № 7 " + code);
    }

    @Test
    void missing_fields_are_marked_at_the_field_in_the_users_language_and_nothing_is_saved() {
        AgencyListView view = _get(AgencyListView.class);
        _click(view.toolbar.addButton);
        AgencyForm form = view.form;
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Обов’язкове поле");
        assertThat(form.type.isInvalid()).isTrue();
    }

    @Test
    void a_code_already_in_use_is_refused_with_a_message_at_the_code_field() {
        AgencyListView view = _get(AgencyListView.class);
        _click(view.toolbar.addButton);
        AgencyForm form = view.form;
        form.code.setValue("SCH-12");
        form.name.setValue("Ще одна школа");
        form.type.setValue(AgencyType.SCHOOL);
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("Код SCH-12 уже використовує інша установа.");
    }

    @Test
    void when_another_administrator_saved_the_agency_meanwhile_the_save_is_refused_naming_them_by_full_name() {
        String code = unique("R-");
        Agency agency = agencies.create(new AgencyDetails(code, "Ліцей " + code, AgencyType.SCHOOL, "Оболонський"));
        String other = staff.create("adm.", "Марта Гнатюк", AppRoles.ADMIN, AgencyType.SOCIAL_SERVICES, "other-admin-1");
        AgencyListView view = _get(AgencyListView.class);
        view.toolbar.filter.setValue(code);
        GridKt._clickItem(view.grid, 0);
        AgencyForm form = view.form;

        // The other administrator renames the same agency while this form is open.
        signedIn.as(other, () -> agencies.update(agency.getId(), agency.getVersion(),
                new AgencyDetails(code, "Ліцей № 1 " + code, AgencyType.SCHOOL, "Оболонський")));

        form.name.setValue("Ліцей № 2 " + code);
        _click(form.save);

        assertThat(form.isOpened()).as("the form stays open with the user's input").isTrue();
        assertThat(form.name.getValue()).isEqualTo("Ліцей № 2 " + code);
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Не збережено: Марта Гнатюк змінив(ла) цей запис о"));
        assertThat(agencies.all()).filteredOn(a -> a.getId().equals(agency.getId()))
                .singleElement().extracting(Agency::getName).isEqualTo("Ліцей № 1 " + code);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
    }
}
