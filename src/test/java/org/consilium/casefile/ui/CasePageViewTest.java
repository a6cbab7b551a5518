package org.consilium.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.agency.AgencyType;
import org.consilium.base.Languages;
import org.consilium.base.ui.AccessDeniedView;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.ContactKind;
import org.consilium.casefile.FollowUpResult;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CasePageViewTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    private long caseId;

    @BeforeEach
    void aNewCase() {
        caseId = testCases.openCaseForDemoCurator();
    }

    private CasePageView open(String user) {
        return open(user, Locale.ENGLISH);
    }

    private CasePageView open(String user, Locale language) {
        signIn(user);
        // The user's own stored language would win over the session's; the page is built in the UI's.
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(CasePageView.class, caseId);
        return _get(CasePageView.class);
    }

    private static List<String> targets(CasePageView view) {
        return view.actions.getChildren().filter(Button.class::isInstance)
                .map(b -> b.getElement().getAttribute("data-target")).toList();
    }

    @Test
    void the_case_page_shows_the_initial_request_with_what_intake_checked_read_only() {
        open("curator");
        InitialRequestPanel panel = _get(InitialRequestPanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Initial request", "Пропуски занять",
                "Concern confirmed", "Класна керівниця", "Reached on", "Олена Савчук");
        assertThat(_find(panel, Button.class)).as("nothing to change there").isEmpty();
    }

    @Test
    void the_curator_sees_only_the_moves_allowed_now_and_moves_the_case_with_a_comment() {
        CasePageView view = open("curator");
        assertThat(view.familyName.getText()).isEqualTo("Case of the Савченко family");
        assertThat(targets(view)).containsExactlyInAnyOrder("DECISION", "CLOSURE", "DUE");
        assertThat(view.header.getElement().getTextRecursively()).contains("Next due", "Initial assessment: by");

        view.openMoveDialog(CaseStage.DECISION);
        Dialog dialog = _get(Dialog.class);
        DatePicker due = _get(dialog, DatePicker.class);
        assertThat(due.getValue()).as("the stage's time limit is offered").isAfter(LocalDate.now());
        due.setValue(LocalDate.now().plusDays(4));
        _get(dialog, TextArea.class).setValue("Первинну оцінку завершено");
        _click(_get(dialog, Button.class, spec -> spec.withText("Move")));

        assertThat(view.header.getElement().getTextRecursively()).contains("Decision");
        assertThat(targets(view)).containsExactlyInAnyOrder("CLOSURE", "DUE");
        assertThat(view.timeline.getElement().getTextRecursively()).contains("Первинну оцінку завершено");
        assertThat(signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().dueOn())).isEqualTo(LocalDate.now().plusDays(4));
    }

    @Test
    void a_due_date_in_the_past_is_shown_at_the_field_and_the_case_stays_where_it_was() {
        CasePageView view = open("curator");
        view.openMoveDialog(CaseStage.DECISION);
        Dialog dialog = _get(Dialog.class);
        DatePicker due = _get(dialog, DatePicker.class);
        due.setValue(LocalDate.now().minusDays(1));
        _click(_get(dialog, Button.class, spec -> spec.withText("Move")));

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date cannot be in the past.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().stage())).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
    }

    @Test
    void the_curator_changes_the_due_date_only_with_a_reason_and_the_timeline_keeps_it() {
        CasePageView view = open("curator");
        _click(view.actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "DUE".equals(b.getElement().getAttribute("data-target"))).findFirst().orElseThrow());
        Dialog dialog = _get(Dialog.class);
        _get(dialog, DatePicker.class).setValue(LocalDate.now().plusDays(20));
        TextArea reason = _get(dialog, TextArea.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Required");

        reason.setValue("Мати в лікарні до кінця місяця");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.timeline.getElement().getTextRecursively()).contains("New due date for", "Мати в лікарні до кінця місяця");
        assertThat(signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().dueOn())).isEqualTo(LocalDate.now().plusDays(20));
    }

    @Test
    void a_due_date_saved_on_a_page_someone_else_has_since_changed_names_who_changed_it_and_reload_shows_their_change() {
        CasePageView view = open("curator");
        long seen = testCases.version(caseId);
        signedIn.as("supervisor", () -> cases.changeDueDate(caseId, seen, LocalDate.now().plusDays(9), "Рішення супервізора"));

        view.openDueDateDialog();
        Dialog dialog = _get(Dialog.class);
        _get(dialog, DatePicker.class).setValue(LocalDate.now().plusDays(20));
        _get(dialog, TextArea.class).setValue("Мати в лікарні до кінця місяця");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        Notification conflict = _get(Notification.class);
        assertThat(conflict.getElement().getTextRecursively()).contains("Андрій Мороз", "changed this record");
        assertThat(dialog.isOpened()).as("nothing typed is lost until the user reloads").isTrue();
        assertThat(signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().dueOn()))
                .as("the winner's date stays").isEqualTo(LocalDate.now().plusDays(9));

        _click(_get(conflict, Button.class, spec -> spec.withText("Reload")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.timeline.getElement().getTextRecursively()).contains("Рішення супервізора");
    }

    @Test
    void the_supervisor_takes_the_decision_at_the_decision_stage() {
        long v = signedIn.as("supervisor", () -> sheets.sheet(caseId).orElseThrow().version());
        signedIn.as("curator", () -> cases.move(caseId, v, CaseStage.DECISION, null));

        CasePageView view = open("supervisor");
        assertThat(targets(view)).contains("DECIDE", "CLOSURE").doesNotContain("IN_DEPTH_ASSESSMENT");
        view.openDecisionDialog();
        Button decide = _get(Button.class, spec -> spec.withText("Decide"));
        _click(decide);

        assertThat(signedIn.as("supervisor", () -> sheets.sheet(caseId).orElseThrow().stage())).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(targets(view)).containsExactlyInAnyOrder("PLANNING", "CLOSURE", "DUE");
    }

    @Test
    void a_colleague_reads_the_case_without_any_action() {
        String colleague = staff.create("ro.", "Колега", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "colleague-pass-1");
        CasePageView view = open(colleague);
        assertThat(targets(view)).isEmpty();
        assertThat(view.actions.getElement().getTextRecursively()).contains("You can read this case");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_school_user_opening_a_case_address_gets_the_access_denied_page_and_the_attempt_is_in_the_audit_log() {
        signIn("school");
        UI.getCurrent().navigate("case/" + caseId);
        _get(AccessDeniedView.class);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE username = 'school' AND action = 'DENIED'",
                String.class)).contains("/case/" + caseId);
    }

    @Autowired
    TestClock clock;

    @AfterEach
    void timeAsItIs() {
        clock.reset();
    }

    private Button action(CasePageView view, String target) {
        return view.actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> target.equals(b.getElement().getAttribute("data-target"))).findFirst().orElseThrow();
    }

    @Test
    void the_curator_closes_a_case_with_a_listed_reason_after_seeing_where_it_started_and_the_follow_up_is_planned() {
        CasePageView view = open("curator");
        _click(action(view, "CLOSURE"));
        ClosureForm form = _get(ClosureForm.class);
        assertThat(form.before.getElement().getTextRecursively()).contains("Initial request", "Пропуски занять",
                "Goals and their last ratings", "no plan in force", "Closing meeting", "No closing meeting",
                "self-evaluation", "No progress review has been recorded");
        assertThat(form.getElement().getTextRecursively()).contains("1, 3, 6 months");

        form.closureOutcome.setValue("Андрій ходить до школи щодня");
        _click(form.save);
        assertThat(form.closureReason.isInvalid()).as("the reason is required").isTrue();
        form.closureReason.setValue(ClosureReason.OTHER);
        _click(form.save);
        assertThat(form.isOpened()).isTrue();
        assertThat(form.closureNote.isInvalid()).as("other needs words").isTrue();
        assertThat(form.closureNote.getErrorMessage()).isNotBlank();
        assertThat(signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().open())).isTrue();

        form.closureReason.setValue(ClosureReason.FAMILY_MOVED);
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(view.header.getElement().getTextRecursively()).contains("The family moved away",
                "Андрій ходить до школи щодня");
        assertThat(view.followUps.isVisible()).isTrue();
        assertThat(view.followUps.list.getElement().getTextRecursively()).contains("Contact 1: planned by",
                "Contact 3: planned by");
    }

    @Test
    void an_overdue_case_says_by_how_many_days_with_the_noun_in_the_form_the_number_asks_for() {
        LocalDate due = signedIn.as("curator", () -> sheets.sheet(caseId).orElseThrow().dueOn());
        Map<Integer, String> ukrainian = new LinkedHashMap<>();
        ukrainian.put(1, "прострочено на 1 день");
        ukrainian.put(2, "прострочено на 2 дні");
        ukrainian.put(5, "прострочено на 5 днів");
        ukrainian.put(11, "прострочено на 11 днів");
        ukrainian.put(21, "прострочено на 21 день");
        ukrainian.put(22, "прострочено на 22 дні");
        ukrainian.forEach((days, text) -> {
            overdueBy(due, days);
            assertThat(open("curator", Languages.UKRAINIAN).header.getElement().getTextRecursively())
                    .as("%d days", days).contains(text);
        });

        overdueBy(due, 22);
        assertThat(open("curator", Languages.RUSSIAN).header.getElement().getTextRecursively())
                .contains("просрочено на 22 дня");
        overdueBy(due, 1);
        assertThat(open("curator").header.getElement().getTextRecursively()).contains("overdue by 1 day")
                .doesNotContain("1 days");
    }

    /** Moves the clock to the given number of days after the case's due date. */
    private void overdueBy(LocalDate due, int days) {
        clock.reset();
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), due) + days));
    }

    @Test
    void a_follow_up_contact_whose_results_did_not_hold_reopens_the_case_from_the_case_page() {
        signedIn.as("curator", () -> cases.close(caseId, testCases.version(caseId),
                ClosureDetails.of(ClosureReason.GOALS_ACHIEVED, "", "Андрій ходить до школи щодня")));
        clock.advance(Duration.ofDays(35));
        CasePageView view = open("curator");
        assertThat(view.followUps.list.getElement().getTextRecursively()).contains("overdue");
        _click(_get(view.followUps, Button.class, spec -> spec.withText("Record the contact")));
        FollowUpForm form = _get(FollowUpForm.class);
        assertThat(form.reopen.isVisible()).as("offered only when the results did not hold").isFalse();
        form.contactKind.setValue(ContactKind.HOME_VISIT);
        form.result.setValue(FollowUpResult.NOT_HELD);
        form.notes.setValue("Андрій знову пропускає школу, мати без роботи");
        assertThat(form.reopen.isVisible()).isTrue();
        form.reopen.setValue(true);
        _click(form.save);
        assertThat(form.isOpened()).as("the reason to reopen is required").isTrue();
        assertThat(form.reopenReason.isInvalid()).isTrue();

        form.reopenReason.setValue("Результати не збереглися: пропуски школи");
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(view.header.getElement().getTextRecursively()).contains("In-depth assessment");
        assertThat(view.followUps.list.getElement().getTextRecursively()).contains("No, they did not hold",
                "cancelled, the case was reopened");
        assertThat(view.timeline.getElement().getTextRecursively()).contains("Результати не збереглися");
    }
}
