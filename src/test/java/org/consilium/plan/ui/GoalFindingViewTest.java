package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Locale;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writing a goal on the plan page, the curator picks the need the assessment found; the goal shows
 * what it answers, and the page links to the assessment the plan rests on.
 */
class GoalFindingViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_goal_cites_the_need_found_in_the_childs_development() {
        PlanningCase c = testPlans.caseInPlanning();
        testPlans.draftWithTasks(c);
        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PlanView.class, c.caseId());
        PlanView view = _get(PlanView.class);
        assertThat(view.facts.getElement().getTextRecursively()).contains("Rests on the assessment",
                "Version 1: Initial assessment (completed)");

        _click(_get(view.goals, Button.class, spec -> spec.withText("Edit the goal")));
        GoalForm form = _get(GoalForm.class);
        String need = form.finding.getListDataView().getItems()
                .filter(r -> r.endsWith(":CHILD_DEVELOPMENT:NEEDS")).findFirst().orElseThrow();
        assertThat(form.finding.getItemLabelGenerator().apply(need))
                .isEqualTo("Need — The child’s development and functioning: Потреба: CHILD_DEVELOPMENT");
        form.finding.setValue(need);
        _click(form.save);
        assertThat(form.isOpened()).isFalse();
        assertThat(_find(view.goals, GoalCard.class).get(0).getElement().getTextRecursively())
                .contains("Need — The child’s development and functioning: Потреба: CHILD_DEVELOPMENT");
    }
}
