package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.AssessmentSummaries;
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
    final ComboBox<String> finding = new ComboBox<>();

    /** @param goal the goal to change, or {@code null} for a new one */
    /** @param findings the needs and strengths of the case's assessment a goal may cite */
    GoalForm(PlanSheet.Goal goal, LocalDate planEnds, List<AssessmentSummaries.FindingOption> findings) {
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
        Map<String, String> labels = new LinkedHashMap<>();
        findings.forEach(f -> labels.put(f.reference(), getTranslation(f.strength() ? "plan.goal.citesStrength"
                : "plan.goal.citesNeed", getTranslation(f.domain().messageKey()), f.text())));
        if (goal != null && goal.finding() != null) {
            labels.putIfAbsent(goal.finding().reference(), getTranslation(goal.finding().strength()
                    ? "plan.goal.citesStrength" : "plan.goal.citesNeed",
                    getTranslation("assessment.domain." + goal.finding().domainName()), goal.finding().text()));
        }
        finding.setLabel(getTranslation("plan.goal.finding"));
        finding.setItems(new ArrayList<>(labels.keySet()));
        finding.setItemLabelGenerator(r -> labels.getOrDefault(r, r));
        finding.setClearButtonVisible(true);
        finding.setHelperText(getTranslation(labels.isEmpty() ? "plan.goal.finding.none" : "plan.goal.finding.help"));
        bindFields();

        FormLayout form = new FormLayout(problemArea, deadline, finding, statement, criterion, baseline, target, whyItMatters);
        form.setColspan(finding, 2);
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
