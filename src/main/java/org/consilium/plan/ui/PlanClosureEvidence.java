package org.consilium.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.consilium.casefile.ui.ClosureEvidence;
import org.consilium.plan.GoalRating;
import org.consilium.plan.PlanOverview;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanStatus;
import org.springframework.core.annotation.Order;

/**
 * Before a case closes: the goals of its plan in force (or of the last one completed), each with what
 * it aimed at and its last rating, beside the initial request.
 */
@org.springframework.stereotype.Component
@Order(10)
class PlanClosureEvidence implements ClosureEvidence {

    private final PlanReader plans;

    PlanClosureEvidence(PlanReader plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(long caseId) {
        Optional<PlanSheet> plan = plans.overview(caseId).versions().stream()
                .filter(v -> v.status() == PlanStatus.ACTIVE || v.status() == PlanStatus.COMPLETED)
                .findFirst().map(PlanOverview.Version::planId).flatMap(plans::sheet);
        Div part = new Div();
        part.addClassName("closure-goals");
        part.add(new H3(part.getTranslation("plan.closure.goals")));
        if (plan.isEmpty() || plan.get().goals().isEmpty()) {
            part.add(new Paragraph(part.getTranslation("plan.closure.noGoals")));
            return Optional.of(part);
        }
        UnorderedList goals = new UnorderedList();
        for (PlanSheet.Goal g : plan.get().goals()) {
            goals.add(new ListItem(part.getTranslation("plan.closure.goal", g.statement(),
                    g.target() == null ? "—" : g.target(), part.getTranslation(GoalRating.messageKey(g.rating())))));
        }
        part.add(goals);
        return Optional.of(part);
    }
}
