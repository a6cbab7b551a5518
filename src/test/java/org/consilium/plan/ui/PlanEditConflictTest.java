package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import java.util.Map;
import org.consilium.plan.PlanService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PlanEditConflictTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_curator_who_saves_a_task_the_supervisor_saved_meanwhile_is_told_the_supervisors_name_and_keeps_the_form() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        Map<String, Object> row = testPlans.task(planId, "Будити Ігоря о 7:00");
        long taskId = ((Number) row.get("id")).longValue();
        long version = ((Number) row.get("version")).longValue();

        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PlanView.class, c.caseId());
        PlanView view = _get(PlanView.class);
        TaskCard card = _find(view.goals, TaskCard.class).stream().filter(t -> t.task.id() == taskId).findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Edit")));
        TaskForm form = _get(TaskForm.class);
        form.description.setValue("Будити Ігоря о 6:45");

        signedIn.as("supervisor", () -> plans.changeTask(taskId, version,
                TestPlans.familyTask(c.motherId(), "Будити Ігоря о 7:00 і снідати разом")));
        _click(form.save);

        String supervisor = jdbc.queryForObject("SELECT full_name FROM user_account WHERE username = 'supervisor'", String.class);
        assertThat(_get(Notification.class).getElement().getTextRecursively()).contains(supervisor);
        assertThat(form.isOpened()).isTrue();
        assertThat(form.description.getValue()).isEqualTo("Будити Ігоря о 6:45");
        assertThat(jdbc.queryForObject("SELECT description FROM plan_task WHERE id = ?", String.class, taskId))
                .isEqualTo("Будити Ігоря о 7:00 і снідати разом");
    }
}
