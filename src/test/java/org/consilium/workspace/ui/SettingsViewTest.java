package org.consilium.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.calendar.Holiday;
import org.consilium.calendar.WorkingDays;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestRules;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SettingsViewTest extends KaribuTest {

    /** Holidays listed here are in 2092, far from the dates other tests count. */
    private static final LocalDate MONDAY = LocalDate.of(2092, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    @Autowired
    ReferralService referrals;

    @Autowired
    CaseNorms cases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @Autowired
    StaffAccounts staff;

    @Autowired
    RequestRules requestRules;

    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void restore() {
        signedIn.as("admin", () -> {
            rules.responseHours(Urgency.URGENT, 72);
            rules.caseloadNorm(CaseModel.BROKER, 35);
            rules.stageDays(CaseStage.PLANNING, 14);
            rules.answerDays(RequestKind.HEALTH_INFORMATION, 5);
            rules.followUpMonths(1, 1);
            rules.followUpMonths(2, 3);
            rules.followUpMonths(3, 6);
            rules.removeHolidays(LocalDate.of(2092, 1, 1), LocalDate.of(2092, 12, 31));
        });
    }

    @Test
    void a_wrong_value_is_marked_at_its_field_and_nothing_is_saved_then_the_corrected_rules_are_saved() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);
        view.targets.get(Urgency.URGENT).setValue(48);
        view.norms.get(CaseModel.BROKER).setValue(30);
        view.norms.get(CaseModel.CLINICAL).setValue(0);
        view.stageLimits.get(CaseStage.PLANNING).setValue(400);
        _click(view.save);

        assertThat(view.stageLimits.get(CaseStage.PLANNING).getErrorMessage()).isEqualTo("Between 1 and 365 days");
        assertThat(view.norms.get(CaseModel.CLINICAL).isInvalid()).isTrue();
        assertThat(view.norms.get(CaseModel.CLINICAL).getErrorMessage()).isEqualTo("Between 1 and 200 cases");
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours()).isEqualTo(72);

        view.norms.get(CaseModel.CLINICAL).setValue(10);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .isEqualTo(21);
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours()).isEqualTo(48);
        assertThat(signedIn.as("admin", () -> cases.norms()).stream()
                .filter(n -> n.getModel() == CaseModel.BROKER).findFirst().orElseThrow().getCaseloadNorm()).isEqualTo(30);
    }

    @Test
    void when_another_administrator_changed_a_rule_meanwhile_nothing_is_saved_and_they_are_named() {
        String other = staff.create("adm.", "Марта Гнатюк", AppRoles.ADMIN, AgencyType.SOCIAL_SERVICES, "rules-admin-1");
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);

        // The other administrator changes the planning stage's limit while this page is open.
        signedIn.as(other, () -> rules.stageDays(CaseStage.PLANNING, 20));
        view.targets.get(Urgency.URGENT).setValue(48);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);

        assertThat(NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Марта Гнатюк"));
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .as("the other administrator's value stays").isEqualTo(20);
        assertThat(signedIn.as("admin", () -> referrals.responseTargets()).stream()
                .filter(t -> t.getUrgency() == Urgency.URGENT).findFirst().orElseThrow().getHours())
                .as("nothing of this page was saved").isEqualTo(72);
    }

    @Test
    void the_working_days_to_answer_a_request_are_saved_with_the_other_rules_and_a_wrong_number_is_marked_at_its_field() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);
        assertThat(view.answerDays).containsOnlyKeys(RequestKind.values());
        assertThat(view.answerDays.get(RequestKind.HEALTH_INFORMATION).getValue()).isEqualTo(5);

        view.answerDays.get(RequestKind.HEALTH_INFORMATION).setValue(61);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);
        assertThat(view.answerDays.get(RequestKind.HEALTH_INFORMATION).getErrorMessage())
                .isEqualTo("Between 1 and 60 working days");
        assertThat(signedIn.as("admin", () -> requestRules.answerDays(RequestKind.HEALTH_INFORMATION))).isEqualTo(5);

        view.answerDays.get(RequestKind.HEALTH_INFORMATION).setValue(7);
        _click(view.save);
        assertThat(signedIn.as("admin", () -> requestRules.answerDays(RequestKind.HEALTH_INFORMATION))).isEqualTo(7);
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .as("saved together").isEqualTo(21);
        assertThat(signedIn.as("admin", () -> requestRules.answerDays(RequestKind.SCHOOL_CHARACTERISATION))).isEqualTo(5);
    }

    @Test
    void the_follow_up_schedule_is_saved_with_the_other_rules_and_a_contact_not_later_than_the_one_before_is_refused_at_its_field() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);
        assertThat(view.followUpMonths).containsOnlyKeys(1, 2, 3);
        assertThat(view.followUpMonths.get(2).getValue()).isEqualTo(3);

        view.followUpMonths.get(2).setValue(1);
        view.stageLimits.get(CaseStage.PLANNING).setValue(21);
        _click(view.save);
        assertThat(view.followUpMonths.get(2).getErrorMessage()).isEqualTo("Each contact must come later than the one before it.");
        assertThat(signedIn.as("admin", () -> cases.followUpSchedule()).get(1).getMonths()).isEqualTo(3);
        assertThat(signedIn.as("admin", () -> cases.stageTimeLimits()).stream()
                .filter(l -> l.getStage() == CaseStage.PLANNING).findFirst().orElseThrow().getDays())
                .as("nothing of the page was saved").isEqualTo(14);

        view.followUpMonths.get(2).setValue(2);
        view.followUpMonths.get(3).setValue(12);
        _click(view.save);
        assertThat(signedIn.as("admin", () -> cases.followUpSchedule())).extracting(s -> s.getMonths())
                .containsExactly(1, 2, 12);
    }

    @Test
    void the_administrator_adds_a_holiday_sees_it_listed_and_removes_it_after_confirming() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/settings");
        SettingsView view = _get(SettingsView.class);
        assertThat(view.holidays.empty.isVisible()).isEqualTo(signedIn.as("admin", () -> workingDays.holidays()).isEmpty());
        assertThat(view.holidays.empty.getText()).isEqualTo("No holidays listed: only Saturdays and Sundays are days off.");

        _click(view.holidays.add);
        HolidayForm form = _get(HolidayForm.class);
        form.day.setValue(MONDAY.minusDays(1));
        form.name.setValue("Test day off");
        _click(form.save);
        assertThat(form.isOpened()).as("a Sunday is refused, the dialog stays open").isTrue();
        assertThat(form.day.isInvalid()).isTrue();
        assertThat(form.day.getErrorMessage())
                .isEqualTo(Formats.date(MONDAY.minusDays(1), Locale.ENGLISH) + " is a Saturday or Sunday, a day off anyway.");

        form.day.setValue(MONDAY);
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        ListItem item = itemOf(view, MONDAY);
        assertThat(item.getElement().getTextRecursively()).contains(Formats.date(MONDAY, Locale.ENGLISH), "Test day off");
        assertThat(view.holidays.empty.isVisible()).isFalse();
        assertThat(signedIn.as("admin", () -> workingDays.isWorkingDay(MONDAY))).isFalse();

        _click(view.holidays.add);
        HolidayForm again = _get(HolidayForm.class);
        again.day.setValue(MONDAY);
        again.name.setValue("The same day");
        _click(again.save);
        assertThat(again.day.getErrorMessage()).isEqualTo(Formats.date(MONDAY, Locale.ENGLISH) + " is already listed as a holiday.");
        _click(again.cancel);

        _click(_get(item, Button.class, spec -> spec.withText("Remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        _click(confirm.cancel);
        assertThat(signedIn.as("admin", () -> workingDays.holidays())).extracting(Holiday::getDay).contains(MONDAY);

        _click(_get(itemOf(view, MONDAY), Button.class, spec -> spec.withText("Remove")));
        confirm = _get(ConfirmDialog.class);
        _click(confirm.save);
        assertThat(signedIn.as("admin", () -> workingDays.holidays())).extracting(Holiday::getDay).doesNotContain(MONDAY);
        assertThat(view.holidays.list.getChildren().map(c -> c.getElement().getAttribute("data-day")))
                .doesNotContain(MONDAY.toString());
    }

    private static ListItem itemOf(SettingsView view, LocalDate day) {
        return view.holidays.list.getChildren().filter(c -> day.toString().equals(c.getElement().getAttribute("data-day")))
                .map(ListItem.class::cast).findFirst().orElseThrow();
    }
}
