package org.consilium.agency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.consilium.testing.SignedIn.unique;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyListViewTest extends KaribuTest {

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
}
