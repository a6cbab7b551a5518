package org.consilium.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.consilium.audit.AuditRow;
import org.consilium.base.AuditEvent;
import org.consilium.base.Languages;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.CaseSheets;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    CaseSheets cases;

    @Autowired
    SignedIn signedIn;

    @Test
    void the_supervisor_finds_who_opened_a_familys_case_by_family_user_and_action() {
        long id = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.sheet(id));
        signIn("supervisor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("audit");
        AuditView view = _get(AuditView.class);

        view.family.setValue("Савченко");
        view.user.setValue("curator");
        view.action.setValue(AuditEvent.Action.VIEW);
        assertThat(GridKt._findAll(view.grid)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditEvent.Action.VIEW);
            assertThat(r.familyLabel()).isEqualTo("Савченко");
            assertThat(r.username()).contains("curator");
        });
        assertThat(GridKt._findAll(view.grid)).extracting(AuditRow::caseId).contains(id);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(3)).startsWith("case ");
        assertThat(view.export.excel.getText()).isEqualTo("Export to Excel");
        assertThat(view.export.csv.getText()).isEqualTo("Export CSV");
        assertThat(view.export.csv.getHref()).as("a download the page serves").isNotBlank();
    }

    @Test
    void the_date_filters_calendar_names_months_and_days_and_its_buttons_in_the_users_language() {
        signIn("supervisor");
        UI.getCurrent().setLocale(Languages.UKRAINIAN);
        UI.getCurrent().navigate("audit");
        AuditView view = _get(AuditView.class);

        DatePicker.DatePickerI18n calendar = view.from.getI18n();
        assertThat(calendar.getMonthNames()).hasSize(12).startsWith("Січень", "Лютий").endsWith("Грудень");
        assertThat(calendar.getWeekdays()).hasSize(7).startsWith("неділя", "понеділок");
        assertThat(calendar.getWeekdaysShort()).startsWith("нд", "пн");
        assertThat(calendar.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(calendar.getToday()).isEqualTo("Сьогодні");
        assertThat(calendar.getCancel()).isEqualTo("Скасувати");
        assertThat(view.to.getI18n().getToday()).isEqualTo("Сьогодні");
        assertThat(view.from.getLabel()).doesNotStartWith("!");
    }

    @Test
    void a_curator_and_a_school_user_cannot_open_the_audit_log() {
        for (String user : new String[] {"curator", "school"}) {
            signIn(user);
            UI.getCurrent().navigate("audit");
            _get(AccessDeniedView.class);
        }
    }
}
