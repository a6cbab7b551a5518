package org.consilium.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanTask;
import org.consilium.plan.ProposalDetails;

/** A partner agency's proposal of a task of its own for a goal of the plan in force; the curator decides. */
class ProposalForm extends EditDialog<ProposalDetails> {

    final Select<PlanSheet.Goal> goal = new Select<>();
    final TextArea description = new TextArea();
    final DatePicker dueOn = new DatePicker();

    ProposalForm(PlanSheet plan, LocalDate today) {
        super(ProposalDetails.class, null, 0, new ProposalDetails(), "plan.action.propose");
        save.setText(getTranslation("plan.propose.send"));
        goal.setLabel(getTranslation("plan.proposal.goal"));
        goal.setItems(plan.goals());
        goal.setItemLabelGenerator(PlanSheet.Goal::statement);
        description.setLabel(getTranslation("plan.task.description"));
        description.setMaxLength(PlanTask.DESCRIPTION_MAX);
        Dates.labelled(dueOn, "plan.task.dueOn");
        Dates.notBefore(dueOn, today, getTranslation("case.due.past"));
        PlanDates.untilPlanEnds(dueOn, plan.endsOn());

        binder.forField(goal)
                .withConverter(g -> g == null ? null : g.key(),
                        key -> plan.goals().stream().filter(g -> g.key().equals(key)).findFirst().orElse(null))
                .bind(ProposalDetails.GOAL);
        binder.forField(description).bind(ProposalDetails.DESCRIPTION);
        binder.forField(dueOn).bind(ProposalDetails.DUE_ON);
        binder.readBean(details());

        FormLayout form = new FormLayout(goal, dueOn, description);
        form.setColspan(description, 2);
        add(new Paragraph(getTranslation("plan.propose.help")), form);
    }
}
