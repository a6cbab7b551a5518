package org.consilium.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Presence;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.live.ui.PresenceBar;
import org.consilium.base.ui.WhatHappensNow;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.TitledView;
import org.consilium.plan.PeriodDetails;
import org.consilium.plan.PlanLookups;
import org.consilium.plan.PlanOverview;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanReader;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanSheet.Action;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.FamilyStep;
import org.consilium.plan.ProposalService;
import org.consilium.plan.TaskWorkService;
import org.consilium.security.AppRoles;

/**
 * A case's family plan, one version at a time. The curator writes and moves it, the supervisor
 * approves it, partner agencies and the family work their own tasks and read the agreed plan; each
 * sees only what the service lets them (decision 0014). The address is {@code plan/<case id>}, with
 * {@code ?version=<plan id>} for an older version.
 */
@Route("plan")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH, AppRoles.FAMILY})
class PlanView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph intro = new Paragraph();
    final Select<PlanOverview.Version> versions = new Select<>();
    final PlanFacts facts = new PlanFacts();
    final WhatHappensNow now = new WhatHappensNow();
    final PlanActionBar actions;
    final Div warnings = new Div();
    final Div goals = new Div();
    final Div assessmentSummary = new Div();
    final ProposalList proposals;

    final LiveNote liveNote = new LiveNote();
    PresenceBar presenceBar;

    private final PlanServices services;
    private final LivePages pages;
    private final Presence presence;
    private final String me;
    private long caseId;
    private Long liveCase;
    private Registration liveWatch;
    PlanOverview overview;
    PlanSheet sheet;

    /** When the page last began to read the plan, by the portal's clock (read on the live delivery threads). */
    private volatile Instant readAt = Instant.MIN;

    PlanView(PlanService plans, PlanReader reader, TaskWorkService work, ProposalService proposalService, PlanLookups lookups,
             Clock clock, AssessmentSummaries assessments, LivePages pages, Presence presence, UserAccountService accounts) {
        this.services = new PlanServices(plans, reader, work, proposalService, lookups, clock, assessments,
                new LiveEditing(presence));
        this.pages = pages;
        this.presence = presence;
        this.me = accounts.signedIn().map(SignedInUser::username).orElse("");
        this.actions = new PlanActionBar(services, this::reload);
        this.proposals = new ProposalList(proposalService, this::reload);
        addClassName("plan-view");
        back.getElement().setAttribute("router-link", true);
        warnings.addClassName("plan-warnings");
        goals.addClassName("plan-goals");
        versions.setLabel(getTranslation("plan.version"));
        versions.setItemLabelGenerator(this::versionLabel);
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showVersion(e.getValue().planId());
            }
        });
        assessmentSummary.addClassName("plan-assessment-summary");
        add(back, title, intro, now, liveNote, assessmentSummary, versions, facts, actions, warnings, goals, proposals);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long caseId) {
        if (caseId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        this.caseId = caseId;
        Long version = event.getLocation().getQueryParameters().getSingleParameter("version")
                .map(PlanView::number).orElse(null);
        LoadOrRefuse.load(event, () -> Optional.of(services.reader().overview(caseId))).ifPresent(found -> {
            show(found, version);
            goLive();
        });
    }

    /**
     * Keeps the page current while it is open: shown again when the case's plan changes (if the user
     * may still see it), with a note of who changed what; and who else has the plan open, and what
     * they are editing.
     */
    private void goLive() {
        if (Long.valueOf(caseId).equals(liveCase)) {
            return;
        }
        if (liveWatch != null) {
            liveWatch.remove();
            remove(presenceBar);
        }
        liveCase = caseId;
        long watched = caseId;
        String topic = Topics.ofCase(watched);
        String here = Topics.ofPlan(watched);
        services.editing().showing(here, me);
        presenceBar = new PresenceBar(presence, here, () -> services.reader().mayRead(watched));
        addComponentAtIndex(indexOf(title) + 1, presenceBar);
        presenceBar.onChange(others -> {
            taskCards(goals).forEach(TaskCard::showEditors);
            services.editing().presenceChanged();
        });
        liveWatch = pages.watch(this, topic, c -> Long.valueOf(watched).equals(c.caseId()) && !shownAlready(c)
                        && services.reader().mayRead(watched), this::changed);
    }

    private void changed(PageChange c) {
        reload();
        if (!c.actor().equals(me)) {
            liveNote.show(c);
        }
    }

    private static List<TaskCard> taskCards(Component root) {
        List<TaskCard> found = new ArrayList<>();
        root.getChildren().forEach(child -> {
            if (child instanceof TaskCard card) {
                found.add(card);
            } else {
                found.addAll(taskCards(child));
            }
        });
        return found;
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Loads the case's plan again and shows the given version, or the one a reader lands on. */
    void load(Long planId) {
        Instant reading = services.clock().instant();
        show(services.reader().overview(caseId), planId);
        readAt = reading;
    }

    /**
     * Whether the page read the plan after the user's own change: the page they saved it from has read
     * it again once it was saved, so the change's live notice need not read it a third time.
     */
    private boolean shownAlready(PageChange c) {
        return c.actor().equals(me) && c.at() != null && c.at().isBefore(readAt);
    }

    private void reload() {
        load(sheet == null ? null : sheet.planId());
    }

    private void show(PlanOverview found, Long planId) {
        overview = found;
        Audience audience = overview.audience();
        title.setText(getTranslation("plan.title", overview.caseContext().familyName()));
        switch (audience) {
            case STAFF -> link("case/" + caseId, "plan.backToCase");
            case PARTNER -> link("shared-case/" + caseId, "plan.backToShared");
            case FAMILY -> link("", "menu.myWork.family");
        }
        intro.setText(getTranslation(switch (audience) {
            case STAFF -> "plan.intro.staff";
            case PARTNER -> "plan.intro.partner";
            case FAMILY -> "plan.intro.family";
        }));
        // The family is told where it stands with its plan: what it can do now, and what comes next.
        now.setVisible(audience == Audience.FAMILY);
        if (audience == Audience.FAMILY) {
            FamilyStep step = FamilyStep.of(overview);
            now.show(step.name(), getTranslation(step.nowKey()), getTranslation(step.nextKey()));
        }
        versions.setItems(overview.versions());
        versions.setVisible(overview.versions().size() > 1);
        showAssessmentSummary(audience);
        proposals.show(overview);
        Optional<PlanOverview.Version> chosen = overview.versions().stream()
                .filter(v -> planId != null && v.planId() == planId).findFirst().or(overview::current);
        if (chosen.isEmpty()) {
            showEmpty();
            return;
        }
        versions.setValue(chosen.get());
        showVersion(chosen.get().planId());
    }

    private void link(String href, String textKey) {
        back.setHref(href);
        back.setText(getTranslation(textKey));
    }

    private void showVersion(long planId) {
        Optional<PlanSheet> found = services.reader().sheet(planId);
        if (found.isEmpty()) {
            showEmpty();
            return;
        }
        sheet = found.get();
        facts.show(sheet, services);
        actions.show(overview, sheet);
        showWarnings();
        showGoals();
    }

    private void showEmpty() {
        sheet = null;
        facts.removeAll();
        actions.removeAll();
        warnings.removeAll();
        goals.removeAll();
        Div empty = new Div();
        empty.addClassName("empty-state");
        boolean staff = overview.audience() == Audience.STAFF;
        empty.add(new Paragraph(getTranslation(staff ? "plan.empty.staff" : "plan.empty.other")));
        if (overview.mayStartPlan()) {
            Button start = Buttons.primary("plan.action.start", () -> {
                PeriodForm form = new PeriodForm(null, services.today());
                Saving.throughForm(form, () -> {
                    PeriodDetails d = form.details();
                    services.plans().startPlan(caseId, d.getStartsOn(), d.getEndsOn());
                }, "plan.start.done", () -> load(null));
            });
            empty.add(start);
        } else if (staff && !overview.caseContext().stage().allowsPlanWork()) {
            empty.add(new Paragraph(getTranslation("plan.stageNotAllowed",
                    getTranslation(overview.caseContext().stage().messageKey()))));
        }
        goals.add(empty);
    }

    /** The family reads the summary of its assessment that the curator shared with it, if any. */
    private void showAssessmentSummary(Audience audience) {
        assessmentSummary.removeAll();
        assessmentSummary.setVisible(false);
        if (audience != Audience.FAMILY) {
            return;
        }
        services.assessments().sharedWithFamily(caseId).ifPresent(s -> {
            Paragraph text = new Paragraph(s.text());
            text.addClassName("plan-assessment-summary-text");
            assessmentSummary.add(new H3(getTranslation("plan.assessmentSummary")), text,
                    new Paragraph(getTranslation("plan.assessmentSummary.by", s.sharedBy(),
                            Formats.dateTime(s.sharedAt(), getLocale()))));
            assessmentSummary.setVisible(true);
        });
    }

    private void showWarnings() {
        warnings.removeAll();
        if (sheet.audience() != Audience.FAMILY) {
            sheet.familyOverload().forEach((week, count) -> {
                Paragraph p = new Paragraph(getTranslation("plan.overload", count, Formats.date(week, getLocale())));
                p.addClassName("plan-overload");
                warnings.add(p);
            });
        }
    }

    private void showGoals() {
        goals.removeAll();
        if (sheet.goals().isEmpty()) {
            goals.add(new Paragraph(getTranslation(sheet.may(Action.EDIT) ? "plan.goals.emptyEdit" : "plan.goals.empty")));
        }
        int n = 0;
        for (PlanSheet.Goal g : sheet.goals()) {
            goals.add(new GoalCard(services, sheet, g, ++n, this::reload));
        }
        if (sheet.may(Action.EDIT)) {
            Button add = new Button(getTranslation("plan.action.addGoal"), VaadinIcon.PLUS.create(), e -> {
                GoalForm form = new GoalForm(null, sheet.endsOn(), services.assessments().findingsForGoals(caseId));
                Saving.throughForm(form, () -> services.plans().addGoal(sheet.planId(), form.details()), "plan.goal.saved",
                        this::reload);
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("plan-add-goal");
            // The same id after every reload, so that the keyboard comes back to it (focus-return.js).
            add.setId("plan-add-goal");
            goals.add(add);
        }
    }

    private String versionLabel(PlanOverview.Version v) {
        return getTranslation("plan.versionLabel", v.number(), getTranslation(v.status().messageKey())
                + (v.offered() ? " · " + getTranslation("plan.offered") : ""));
    }

    @Override
    public String viewTitle() {
        return overview == null ? getTranslation("plan.menu") : getTranslation("plan.title", overview.caseContext().familyName());
    }
}
