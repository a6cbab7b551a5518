package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.plan.FamilyWords;
import org.consilium.plan.GoalRating;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanSheet.Action;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.TaskSide;

/**
 * A goal on the plan page: its problem area, the SMART statement with its criterion, levels, deadline
 * and rating, what has been measured of it, and its tasks in two columns (what the family does, what
 * specialists do); with what the reader may do with it — change or remove it, add a task, or rate it
 * at a review.
 */
class GoalCard extends Div {

    final PlanSheet.Goal goal;
    final GoalSeries series;
    final RatingSeries ratings;

    GoalCard(PlanServices services, PlanSheet sheet, PlanSheet.Goal g, int number, Runnable reload) {
        this.goal = g;
        Audience audience = sheet.audience();
        addClassName("plan-goal");
        Span area = new Span(getTranslation(FamilyWords.key(audience, g.problemArea().messageKey())));
        area.getElement().getThemeList().add("badge contrast");
        add(area, new H3(getTranslation("plan.goal.numbered", number, g.statement())));
        UnorderedList about = new UnorderedList();
        about.addClassName("plan-goal-facts");
        about.add(new ListItem(words(audience, "plan.goal.criterion") + ": " + g.criterion()));
        if (g.baseline() != null || g.target() != null) {
            about.add(new ListItem(getTranslation(FamilyWords.key(audience, "plan.goal.fromTo"), TaskCard.dash(g.baseline()),
                    TaskCard.dash(g.target()))));
        }
        about.add(new ListItem(words(audience, "plan.goal.deadline") + ": " + Formats.date(g.deadline(), getLocale())));
        if (g.finding() != null) {
            ListItem cites = new ListItem(getTranslation(g.finding().strength() ? "plan.goal.citesStrength" : "plan.goal.citesNeed",
                    getTranslation("assessment.domain." + g.finding().domainName()), g.finding().text()));
            cites.addClassName("plan-goal-finding");
            about.add(cites);
        }
        if (g.whyItMatters() != null) {
            about.add(new ListItem(words(audience, "plan.goal.whyItMatters") + ": " + g.whyItMatters()));
        }
        about.add(new ListItem(words(audience, "plan.goal.rating") + ": " + getTranslation(GoalRating.messageKey(g.rating()))));
        add(about);

        Div tools = new Div();
        tools.addClassName("plan-goal-tools");
        if (sheet.may(Action.EDIT)) {
            tools.add(Buttons.withId(Buttons.small("plan.action.editGoal", () -> {
                        GoalForm form = new GoalForm(g, sheet.endsOn(),
                                services.assessments().findingsForGoals(sheet.caseId()));
                        services.editing().mark(form, LiveEditing.goal(g.id()));
                        Saving.throughForm(form, () -> services.plans().changeGoal(g.id(), g.version(), form.details()),
                                "plan.goal.saved", reload);
                    }), "goal-" + g.id() + "-edit"),
                    Buttons.withId(Buttons.small("plan.action.addTask", () -> {
                        TaskForm form = TaskForm.of(services, sheet, null);
                        Saving.throughForm(form, () -> services.plans().addTask(g.id(), form.details()), "plan.task.saved",
                                reload);
                    }), "goal-" + g.id() + "-add-task"),
                    Buttons.removing("plan.action.removeGoal", () -> Saving.throughForm(
                            new ConfirmDialog("plan.action.removeGoal", getTranslation("plan.removeGoal.confirm"),
                                    "plan.action.removeGoal").dangerous(),
                            () -> services.plans().removeGoal(g.id(), g.version()), "plan.removeGoal.done", reload)));
        }
        if (sheet.may(Action.RATE)) {
            Select<Integer> rate = new Select<>();
            rate.setLabel(getTranslation("plan.goal.rate"));
            rate.setPlaceholder(getTranslation("plan.rating.none"));
            rate.setItems(1, 2, 3, 4, 5);
            rate.setItemLabelGenerator(r -> getTranslation(GoalRating.messageKey(r)));
            rate.setValue(g.rating());
            rate.addClassName("plan-rate");
            rate.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Saving.withoutForm(this, () -> services.plans().rateGoal(g.id(), g.version(), e.getValue(), null),
                            "plan.rate.done", reload);
                }
            });
            tools.add(rate);
        }
        if (tools.getComponentCount() > 0) {
            add(tools);
        }
        ratings = new RatingSeries(g.ratings(), audience);
        series = new GoalSeries(g.readings(), audience);
        add(ratings, series);
        Div columns = new Div();
        columns.addClassName("plan-columns");
        columns.add(column(services, sheet, TaskSide.FAMILY, reload), column(services, sheet, TaskSide.SPECIALIST, reload));
        add(columns);
    }

    private Div column(PlanServices services, PlanSheet sheet, TaskSide side, Runnable reload) {
        Div col = new Div();
        col.addClassName("plan-column");
        col.getElement().setAttribute("data-side", side.name());
        col.add(new H4(words(sheet.audience(), side.messageKey())));
        List<PlanSheet.Task> tasks = goal.tasks().stream().filter(t -> t.side() == side).toList();
        if (tasks.isEmpty()) {
            col.add(new Paragraph(getTranslation("plan.tasks.none")));
        }
        for (PlanSheet.Task t : tasks) {
            col.add(new TaskCard(services, sheet, t, reload));
        }
        return col;
    }

    private String words(Audience audience, String key) {
        return getTranslation(FamilyWords.key(audience, key));
    }
}
