package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import org.consilium.agency.Agency;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanStatus;
import org.consilium.plan.TaskSide;
import org.consilium.plan.TaskStatus;
import org.consilium.referral.ProblemArea;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    private PlanningCase c;

    @BeforeEach
    void aCaseInPlanning() {
        c = testPlans.caseInPlanning();
    }

    private PlanView open(String user) {
        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PlanView.class, c.caseId());
        return _get(PlanView.class);
    }

    private Dialog dialog() {
        return _get(Dialog.class);
    }

    private void save(Dialog dialog, String button) {
        _click(_get(dialog, Button.class, spec -> spec.withText(button)));
    }

    @SuppressWarnings("unchecked")
    private void addTask(TaskSide side, String text, String agencyCode) {
        _click(_get(Button.class, spec -> spec.withText("Add a task")));
        Dialog d = dialog();
        _get(d, RadioButtonGroup.class, spec -> spec.withLabel("Column")).setValue(side);
        _get(d, TextArea.class, spec -> spec.withLabel("Task")).setValue(text);
        if (side == TaskSide.FAMILY) {
            _get(d, ComboBox.class, spec -> spec.withLabel("Family member responsible")).setValue(c.motherId());
        } else {
            ComboBox<Agency> agency = _get(d, ComboBox.class, spec -> spec.withLabel("Agency responsible"));
            agency.setValue(agency.getListDataView().getItems().filter(a -> a.getCode().equals(agencyCode)).findFirst().orElseThrow());
        }
        _get(d, DatePicker.class, spec -> spec.withLabel("Due")).setValue(LocalDate.now().plusDays(10));
        save(d, "Save");
        assertThat(d.isOpened()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void curator_builds_a_draft_the_family_agrees_the_supervisor_approves_the_school_marks_its_task_done_and_the_curator_sees_it() {
        PlanView view = open("curator");
        assertThat(view.goals.getElement().getTextRecursively()).contains("This case has no plan yet.");
        _click(_get(Button.class, spec -> spec.withText("Start the plan")));
        save(dialog(), "Save");

        _click(_get(Button.class, spec -> spec.withText("Add a goal")));
        Dialog goal = dialog();
        _get(goal, Select.class, spec -> spec.withLabel("Problem area")).setValue(ProblemArea.PEDAGOGICAL);
        _get(goal, TextArea.class, spec -> spec.withLabel("Goal")).setValue("Ігор щодня відвідує школу");
        save(goal, "Save");
        // No goal without a criterion and a deadline: said at the fields, the dialog stays open.
        TextArea criterion = _get(goal, TextArea.class, spec -> spec.withLabel("Criterion of achievement"));
        assertThat(criterion.isInvalid()).isTrue();
        assertThat(goal.isOpened()).isTrue();
        criterion.setValue("Не більше двох пропусків на місяць");
        DatePicker deadline = _get(goal, DatePicker.class, spec -> spec.withLabel("Deadline"));
        deadline.setValue(LocalDate.now().plusYears(1));
        save(goal, "Save");
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).startsWith("Must not be after the plan’s end");
        deadline.setValue(LocalDate.now().plusMonths(3));
        save(goal, "Save");
        assertThat(goal.isOpened()).isFalse();

        addTask(TaskSide.FAMILY, "Будити Ігоря о 7:00", null);
        addTask(TaskSide.SPECIALIST, "Щоденно відмічати відвідування", "SCH-12");
        assertThat(view.goals.getElement().getTextRecursively()).contains("Ігор щодня відвідує школу", "What the family does",
                "Будити Ігоря о 7:00", "Щоденно відмічати відвідування");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Offer to the family")));
        save(dialog(), "Offer to the family");
        assertThat(view.sheet.offered()).isTrue();

        view = open(c.familyUser());
        assertThat(view.intro.getText()).contains("the plan you made together with your social worker");
        _click(_get(view.actions, Button.class, spec -> spec.withText("I agree to the plan")));
        save(dialog(), "I agree to the plan");
        assertThat(view.sheet.status()).isEqualTo(PlanStatus.AGREED);

        view = open("supervisor");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Approve")));
        save(dialog(), "Approve");
        assertThat(view.sheet.status()).isEqualTo(PlanStatus.APPROVED);

        view = open("curator");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Put in force")));
        save(dialog(), "Put in force");
        assertThat(view.sheet.status()).isEqualTo(PlanStatus.ACTIVE);

        view = open("school");
        assertThat(_find(view.goals, Button.class, spec -> spec.withText("Edit"))).isEmpty();
        assertThat(_find(view.goals, Button.class, spec -> spec.withText("Progress"))).hasSize(1);
        _click(_get(view.goals, Button.class, spec -> spec.withText("Progress")));
        Dialog progress = dialog();
        _get(progress, Select.class, spec -> spec.withLabel("Status")).setValue(TaskStatus.DONE);
        _get(progress, TextArea.class, spec -> spec.withLabel("Note")).setValue("Відвідування відмічаємо щодня");
        save(progress, "Save");
        assertThat(progress.isOpened()).isFalse();

        view = open("curator");
        assertThat(view.sheet.tasks()).filteredOn(t -> t.description().equals("Щоденно відмічати відвідування")).first()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(TaskStatus.DONE);
                    assertThat(t.notes()).extracting(n -> n.text()).containsExactly("Відвідування відмічаємо щодня");
                });
        assertThat(view.goals.getElement().getTextRecursively()).contains("Done", "Відвідування відмічаємо щодня");
    }

    @Test
    void the_loser_of_a_concurrent_edit_is_told_who_saved_first_and_can_reload() {
        long planId = testPlans.draftWithTasks(c);
        PlanView view = open("curator");
        long staleVersion = view.sheet.version();
        // The curator opens "Offer" on the draft; meanwhile others move the plan on.
        _click(_get(view.actions, Button.class, spec -> spec.withText("Offer to the family")));
        Dialog offer = dialog();
        testPlans.agreeApproveActivate(c, planId);
        assertThat(testPlans.planVersion(planId)).isNotEqualTo(staleVersion);
        save(offer, "Offer to the family");
        assertThat(_get(Notification.class).getElement().getTextRecursively())
                .contains("changed this record");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_school_proposes_a_task_and_the_curator_accepts_it_into_the_plan() {
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        PlanView view = open("school");
        _click(_get(view.actions, Button.class, spec -> spec.withText("Propose a task")));
        Dialog d = dialog();
        _get(d, TextArea.class, spec -> spec.withLabel("Task")).setValue("Консультація шкільного психолога");
        _get(d, DatePicker.class, spec -> spec.withLabel("Due")).setValue(LocalDate.now().plusDays(7));
        save(d, "Send the proposal");
        Select<PlanSheet.Goal> goal = _get(d, Select.class, spec -> spec.withLabel("For the goal"));
        assertThat(goal.isInvalid()).isTrue();
        goal.setValue(view.sheet.goals().getFirst());
        save(d, "Send the proposal");
        assertThat(d.isOpened()).isFalse();
        assertThat(view.proposals.getElement().getTextRecursively()).contains("Консультація шкільного психолога",
                "waiting for the curator");

        view = open("curator");
        _click(_get(view.proposals, Button.class, spec -> spec.withText("Accept")));
        assertThat(view.proposals.getElement().getTextRecursively()).contains("accepted");
        assertThat(view.sheet.tasks()).extracting(PlanSheet.Task::description)
                .contains("Консультація шкільного психолога");
    }
}
