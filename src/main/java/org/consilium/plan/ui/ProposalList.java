package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.plan.FamilyPlan;
import org.consilium.plan.PlanOverview;
import org.consilium.plan.ProposalService;

/** The tasks partner agencies proposed for the plan, with their state; the curator accepts or rejects them. */
class ProposalList extends Div {

    private final ProposalService service;
    private final Runnable reload;

    ProposalList(ProposalService service, Runnable reload) {
        this.service = service;
        this.reload = reload;
        addClassName("plan-proposals");
    }

    void show(PlanOverview overview) {
        removeAll();
        if (overview.proposals().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("plan.proposals")));
        for (PlanOverview.Proposal p : overview.proposals()) {
            Div row = new Div();
            row.addClassName("plan-proposal");
            row.add(new Span(getTranslation("plan.proposal.entry", p.agencyName(), p.proposedByName(), p.description(),
                    Formats.date(p.dueOn(), getLocale()), p.goalStatement() == null ? "—" : p.goalStatement())));
            Span status = new Span(getTranslation(p.status().messageKey())
                    + (p.decisionReason() == null ? "" : ": " + p.decisionReason()));
            status.getElement().getThemeList().add("badge");
            row.add(status);
            if (p.mayDecide()) {
                row.add(Buttons.small("plan.proposal.accept", () -> Saving.withoutForm(this,
                                () -> service.acceptProposal(p.id(), p.version()), "plan.proposal.accepted", reload)),
                        Buttons.small("plan.proposal.reject", () -> {
                            ReasonDialog form = new ReasonDialog("plan.proposal.reject", "plan.reason", FamilyPlan.REASON_MAX, true);
                            Saving.throughForm(form, () -> service.rejectProposal(p.id(), p.version(), form.reason()),
                                    "plan.proposal.rejected", reload);
                        }));
            }
            add(row);
        }
    }
}
