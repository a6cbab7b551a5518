package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.GoalDetails;
import org.consilium.plan.PlanGoal;
import org.consilium.plan.PlanSheet;
import org.consilium.referral.ProblemArea;

/** A SMART goal of the draft: new, or one to change. */
class GoalForm extends EditDialog<GoalDetails> {

    final Select<ProblemArea> problemArea = new Select<>();
    final TextArea statement = new TextArea();
    final TextArea criterion = new TextArea();
    final TextField baseline = new TextField();
    final TextField target = new TextField();
    final DatePicker deadline = new DatePicker();
    final TextArea whyItMatters = new TextArea();

    /** @param goal the goal to change, or {@code null} for a new one */
    GoalForm(PlanSheet.Goal goal, LocalDate planEnds) {
        super(GoalDetails.class, goal == null ? null : goal.id(), goal == null ? 0 : goal.version(),
                goal == null ? new GoalDetails() : GoalDetails.of(goal), goal == null ? "plan.action.addGoal" : "plan.action.editGoal");
        setWidth("min(48rem, 95vw)");
        problemArea.setLabel(getTranslation("plan.goal.problemArea"));
        problemArea.setItems(ProblemArea.values());
        problemArea.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        label(statement, "plan.goal.statement", PlanGoal.STATEMENT_MAX).setHelperText(getTranslation("plan.goal.statement.help"));
        label(criterion, "plan.goal.criterion", PlanGoal.CRITERION_MAX).setHelperText(getTranslation("plan.goal.criterion.help"));
        baseline.setLabel(getTranslation("plan.goal.baseline"));
        baseline.setMaxLength(PlanGoal.LEVEL_MAX);
        target.setLabel(getTranslation("plan.goal.target"));
        target.setMaxLength(PlanGoal.LEVEL_MAX);
        Dates.labelled(deadline, "plan.goal.deadline");
        PlanDates.untilPlanEnds(deadline, planEnds);
        label(whyItMatters, "plan.goal.whyItMatters", PlanGoal.WHY_MAX).setHelperText(getTranslation("plan.goal.whyItMatters.help"));
        bindFields();

        FormLayout form = new FormLayout(problemArea, deadline, statement, criterion, baseline, target, whyItMatters);
        form.setColspan(statement, 2);
        form.setColspan(criterion, 2);
        form.setColspan(whyItMatters, 2);
        add(form);
    }

    private TextArea label(TextArea area, String key, int max) {
        area.setLabel(getTranslation(key));
        area.setMaxLength(max);
        return area;
    }
}
