package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.ReasonDialog;
import org.consilium.plan.FamilyPlan;
import org.consilium.plan.PeriodDetails;
import org.consilium.plan.PlanOverview;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanSheet.Action;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.ProposalDetails;
import org.consilium.plan.SignatureDetails;

/**
 * What the reader may do with the version shown, as the service says: move it on its way (offer,
 * agree, approve, put in force, send back, revise, complete), change its period, propose a task,
 * compare it with the previous version, and download it as a PDF.
 */
class PlanActionBar extends Div {

    private final PlanServices services;
    private final Runnable reload;

    PlanActionBar(PlanServices services, Runnable reload) {
        this.services = services;
        this.reload = reload;
        addClassName("plan-actions");
    }

    void show(PlanOverview overview, PlanSheet sheet) {
        removeAll();
        PlanService plans = services.plans();
        long id = sheet.planId();
        long version = sheet.version();
        if (sheet.may(Action.ACKNOWLEDGE)) {
            add(Buttons.primary("plan.action.acknowledge", () -> confirm("plan.acknowledge.confirm", "plan.action.acknowledge",
                    () -> plans.acknowledge(id, version), "plan.acknowledge.done")));
        }
        if (sheet.may(Action.OFFER)) {
            add(Buttons.primary("plan.action.offer", () -> confirm("plan.offer.confirm", "plan.action.offer",
                    () -> plans.offer(id, version), "plan.offer.done")));
        }
        if (sheet.may(Action.TAKE_BACK)) {
            add(Buttons.plain("plan.action.takeBack", () -> Saving.withoutForm(this, () -> plans.takeBack(id, version),
                    "plan.takeBack.done", reload)));
        }
        if (sheet.may(Action.RECORD_SIGNATURE)) {
            add(Buttons.plain("plan.action.recordSignature", () -> {
                SignatureForm form = new SignatureForm(sheet, services.lookups().familyMembers(sheet.caseId()).values(),
                        services.today());
                Saving.throughForm(form, () -> {
                    SignatureDetails d = form.details();
                    plans.recordSignature(id, version, d.getSignedBy(), d.getSignedOn());
                }, "plan.recordSignature.done", reload);
            }));
        }
        if (sheet.may(Action.APPROVE)) {
            add(Buttons.primary("plan.action.approve", () -> confirm("plan.approve.confirm", "plan.action.approve",
                    () -> plans.approve(id, version), "plan.approve.done")));
        }
        if (sheet.may(Action.ACTIVATE)) {
            add(Buttons.primary("plan.action.activate", () -> confirm("plan.activate.confirm", "plan.action.activate",
                    () -> plans.activate(id, version), "plan.activate.done")));
        }
        if (sheet.may(Action.RETURN_TO_DRAFT)) {
            add(Buttons.plain("plan.action.returnToDraft", () -> {
                ReasonDialog form = new ReasonDialog("plan.action.returnToDraft", "plan.reason", FamilyPlan.REASON_MAX, true);
                Saving.throughForm(form, () -> plans.returnToDraft(id, version, form.reason()), "plan.returnToDraft.done",
                        reload);
            }));
        }
        if (sheet.may(Action.REVISE)) {
            add(Buttons.plain("plan.action.revise", () -> confirm("plan.revise.confirm", "plan.action.revise",
                    () -> plans.revise(id, version), "plan.revise.done")));
        }
        if (sheet.may(Action.COMPLETE)) {
            add(Buttons.plain("plan.action.complete", () -> confirm("plan.complete.confirm", "plan.action.complete",
                    () -> plans.complete(id, version), "plan.complete.done")));
        }
        if (sheet.may(Action.EDIT)) {
            add(Buttons.plain("plan.action.period", () -> {
                PeriodForm form = new PeriodForm(sheet, services.today());
                Saving.throughForm(form, () -> {
                    PeriodDetails d = form.details();
                    plans.changePeriod(id, version, d.getStartsOn(), d.getEndsOn());
                }, "plan.period.done", reload);
            }));
        }
        if (sheet.may(Action.PROPOSE_TASK)) {
            add(Buttons.plain("plan.action.propose", () -> {
                ProposalForm form = new ProposalForm(sheet, services.today());
                Saving.throughForm(form, () -> {
                    ProposalDetails d = form.details();
                    services.proposals().propose(sheet.caseId(), d.getGoalKey(), d.getDescription(), d.getDueOn());
                }, "plan.propose.done", reload);
            }));
        }
        if (sheet.audience() == Audience.STAFF) {
            previous(overview, sheet).ifPresent(previous -> add(Buttons.plain("plan.action.compare",
                    () -> new ComparisonDialog(previous.number(), sheet.number(),
                            services.reader().compare(previous.planId(), id)).open())));
        }
        Anchor pdf = new Anchor(pdf(sheet), AttachmentType.DOWNLOAD, getTranslation("plan.action.pdf"));
        pdf.getElement().setAttribute("theme", "tertiary");
        pdf.addClassName("plan-pdf");
        pdf.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        add(pdf);
    }

    /** Asks before a step of the plan's way, then takes it. */
    private void confirm(String textKey, String actionKey, Runnable step, String doneKey) {
        Saving.throughForm(new ConfirmDialog(actionKey, getTranslation(textKey), actionKey), step, doneKey, reload);
    }

    /** The version before the one shown, if the reader may see it. */
    private static Optional<PlanOverview.Version> previous(PlanOverview overview, PlanSheet sheet) {
        List<PlanOverview.Version> all = overview.versions();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).planId() == sheet.planId()) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private DownloadHandler pdf(PlanSheet sheet) {
        long planId = sheet.planId();
        Locale locale = getLocale();
        String name = "plan-" + sheet.familyName() + "-" + sheet.number() + ".pdf";
        return event -> {
            event.setFileName(name);
            event.setContentType("application/pdf");
            event.getOutputStream().write(services.reader().pdf(planId, locale));
        };
    }
}
