package org.consilium.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.ui.DialogFooter;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseOperation;
import org.consilium.plan.FamilyPlan;
import org.consilium.plan.GoalDetails;
import org.consilium.plan.GoalRating;
import org.consilium.plan.PlanComparison;
import org.consilium.plan.PlanGoal;
import org.consilium.plan.PlanOverview;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanSheet.Action;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanStatus;
import org.consilium.plan.PlanTask;
import org.consilium.plan.TaskDetails;
import org.consilium.plan.TaskNote;
import org.consilium.plan.TaskProposal;
import org.consilium.plan.TaskSide;
import org.consilium.plan.TaskStatus;
import org.consilium.referral.ProblemArea;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

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
    final Div facts = new Div();
    final Div actions = new Div();
    final Div warnings = new Div();
    final Div goals = new Div();
    final Div proposals = new Div();

    private final PlanService service;
    private long caseId;
    PlanOverview overview;
    PlanSheet sheet;

    PlanView(PlanService service) {
        this.service = service;
        addClassName("plan-view");
        back.getElement().setAttribute("router-link", true);
        facts.addClassName("case-header");
        actions.addClassName("plan-actions");
        warnings.addClassName("plan-warnings");
        goals.addClassName("plan-goals");
        proposals.addClassName("plan-proposals");
        versions.setLabel(getTranslation("plan.version"));
        versions.setItemLabelGenerator(this::versionLabel);
        versions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showVersion(e.getValue().planId());
            }
        });
        add(back, title, intro, versions, facts, actions, warnings, goals, proposals);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long caseId) {
        if (caseId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        this.caseId = caseId;
        Long version = event.getLocation().getQueryParameters().getSingleParameter("version")
                .map(v -> {
                    try {
                        return Long.valueOf(v);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }).orElse(null);
        try {
            load(version);
        } catch (AccessDeniedException | BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private boolean staff() {
        return overview.caseContext().may(CaseOperation.READ_INTERNAL);
    }

    private boolean family() {
        return !staff() && !overview.caseContext().may(CaseOperation.READ_SHARED);
    }

    /** Loads the case's plan and shows the given version, or the one a reader lands on. */
    void load(Long planId) {
        overview = service.overview(caseId);
        String familyName = overview.caseContext().familyName();
        title.setText(getTranslation("plan.title", familyName));
        if (staff()) {
            back.setHref("case/" + caseId);
            back.setText(getTranslation("plan.backToCase"));
        } else if (family()) {
            back.setHref("");
            back.setText(getTranslation("menu.myWork"));
        } else {
            back.setHref("shared-case/" + caseId);
            back.setText(getTranslation("plan.backToShared"));
        }
        intro.setText(getTranslation(staff() ? "plan.intro.staff" : family() ? "plan.intro.family" : "plan.intro.partner"));
        versions.setItems(overview.versions());
        versions.setVisible(overview.versions().size() > 1);
        Optional<PlanOverview.Version> chosen = overview.versions().stream()
                .filter(v -> planId != null && v.planId() == planId).findFirst().or(overview::current);
        showProposals();
        if (chosen.isEmpty()) {
            sheet = null;
            showEmpty();
            return;
        }
        versions.setValue(chosen.get());
        showVersion(chosen.get().planId());
    }

    private void reload() {
        load(sheet == null ? null : sheet.planId());
    }

    private void showVersion(long planId) {
        Optional<PlanSheet> found = service.sheet(planId);
        if (found.isEmpty()) {
            sheet = null;
            showEmpty();
            return;
        }
        sheet = found.get();
        showFacts();
        showActions();
        showWarnings();
        showGoals();
    }

    private void showEmpty() {
        facts.removeAll();
        actions.removeAll();
        warnings.removeAll();
        goals.removeAll();
        Div empty = new Div();
        empty.addClassName("empty-state");
        empty.add(new Paragraph(getTranslation(staff() ? "plan.empty.staff" : "plan.empty.other")));
        if (overview.mayStartPlan()) {
            Button start = new Button(getTranslation("plan.action.start"), e -> periodDialog(null));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(start);
        } else if (staff() && !overview.caseContext().stage().allowsPlanWork()) {
            empty.add(new Paragraph(getTranslation("plan.stageNotAllowed",
                    getTranslation(overview.caseContext().stage().messageKey()))));
        }
        goals.add(empty);
    }

    private void showFacts() {
        facts.removeAll();
        Span status = new Span(getTranslation(sheet.status().messageKey())
                + (sheet.offered() ? " · " + getTranslation("plan.offered") : ""));
        status.getElement().getThemeList().add("badge" + (sheet.status() == PlanStatus.ACTIVE ? " success" : ""));
        status.addClassName("plan-status");
        facts.add(fact("plan.status", status),
                fact("plan.period", new Span(getTranslation("plan.periodValue", Formats.date(sheet.startsOn(), getLocale()),
                        Formats.date(sheet.endsOn(), getLocale())))),
                fact("plan.curator", new Span(sheet.curatorName() + (sheet.curatorEmail() == null ? "" : ", " + sheet.curatorEmail()))));
        if (sheet.agreement() != null) {
            String agreed = sheet.signedOn() != null
                    ? getTranslation("plan.agreed.paper", sheet.agreedByName(), Formats.date(sheet.signedOn(), getLocale()))
                    : getTranslation("plan.agreed.portal", sheet.agreedByName(), Formats.dateTime(sheet.agreedAt(), getLocale()));
            facts.add(fact("plan.agreed", new Span(agreed)));
        }
        if (sheet.approvedAt() != null) {
            facts.add(fact("plan.approved", new Span(getTranslation("plan.approvedValue", sheet.approvedByName(),
                    Formats.dateTime(sheet.approvedAt(), getLocale())))));
        }
        if (sheet.returnedReason() != null) {
            facts.add(fact("plan.returned", new Span(sheet.returnedReason())));
        }
    }

    private Div fact(String labelKey, Component value) {
        Div f = new Div();
        f.addClassName("case-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("case-fact-label");
        value.addClassName("case-fact-value");
        f.add(label, value);
        return f;
    }

    private void showActions() {
        actions.removeAll();
        if (sheet.may(Action.ACKNOWLEDGE)) {
            actions.add(primary("plan.action.acknowledge", () -> confirm("plan.acknowledge.confirm", "plan.action.acknowledge",
                    () -> service.acknowledge(sheet.planId(), sheet.version()), "plan.acknowledge.done")));
        }
        if (sheet.may(Action.OFFER)) {
            actions.add(primary("plan.action.offer", () -> confirm("plan.offer.confirm", "plan.action.offer",
                    () -> service.offer(sheet.planId(), sheet.version()), "plan.offer.done")));
        }
        if (sheet.may(Action.TAKE_BACK)) {
            actions.add(button("plan.action.takeBack", () -> act(() -> service.takeBack(sheet.planId(), sheet.version()),
                    "plan.takeBack.done")));
        }
        if (sheet.may(Action.RECORD_SIGNATURE)) {
            actions.add(button("plan.action.recordSignature", this::signatureDialog));
        }
        if (sheet.may(Action.APPROVE)) {
            actions.add(primary("plan.action.approve", () -> confirm("plan.approve.confirm", "plan.action.approve",
                    () -> service.approve(sheet.planId(), sheet.version()), "plan.approve.done")));
        }
        if (sheet.may(Action.ACTIVATE)) {
            actions.add(primary("plan.action.activate", () -> confirm("plan.activate.confirm", "plan.action.activate",
                    () -> service.activate(sheet.planId(), sheet.version()), "plan.activate.done")));
        }
        if (sheet.may(Action.RETURN_TO_DRAFT)) {
            actions.add(button("plan.action.returnToDraft", () -> reasonDialog("plan.action.returnToDraft",
                    reason -> service.returnToDraft(sheet.planId(), sheet.version(), reason), "plan.returnToDraft.done")));
        }
        if (sheet.may(Action.REVISE)) {
            actions.add(button("plan.action.revise", () -> confirm("plan.revise.confirm", "plan.action.revise",
                    () -> service.revise(sheet.planId(), sheet.version()), "plan.revise.done")));
        }
        if (sheet.may(Action.COMPLETE)) {
            actions.add(button("plan.action.complete", () -> confirm("plan.complete.confirm", "plan.action.complete",
                    () -> service.complete(sheet.planId(), sheet.version()), "plan.complete.done")));
        }
        if (sheet.may(Action.EDIT)) {
            actions.add(button("plan.action.period", () -> periodDialog(sheet)));
        }
        if (sheet.may(Action.PROPOSE_TASK)) {
            actions.add(button("plan.action.propose", this::proposeDialog));
        }
        previousVersion().ifPresent(previous -> {
            if (staff()) {
                actions.add(button("plan.action.compare", () -> compareDialog(previous)));
            }
        });
        Anchor pdf = new Anchor(pdf(), AttachmentType.DOWNLOAD, getTranslation("plan.action.pdf"));
        pdf.getElement().setAttribute("theme", "tertiary");
        pdf.addClassName("plan-pdf");
        pdf.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        actions.add(pdf);
    }

    private Optional<PlanOverview.Version> previousVersion() {
        List<PlanOverview.Version> all = overview.versions();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).planId() == sheet.planId()) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private DownloadHandler pdf() {
        long planId = sheet.planId();
        Locale locale = getLocale();
        String name = "plan-" + sheet.familyName() + "-" + sheet.number() + ".pdf";
        return event -> {
            event.setFileName(name);
            event.setContentType("application/pdf");
            event.getOutputStream().write(service.pdf(planId, locale));
        };
    }

    private void showWarnings() {
        warnings.removeAll();
        if (!family() && !sheet.familyOverload().isEmpty()) {
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
            goals.add(goalCard(g, ++n));
        }
        if (sheet.may(Action.EDIT)) {
            Button add = new Button(getTranslation("plan.action.addGoal"), VaadinIcon.PLUS.create(), e -> goalDialog(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("plan-add-goal");
            goals.add(add);
        }
    }

    private Div goalCard(PlanSheet.Goal g, int n) {
        Div card = new Div();
        card.addClassName("plan-goal");
        Span area = new Span(getTranslation(g.problemArea().messageKey()));
        area.getElement().getThemeList().add("badge contrast");
        card.add(area, new H3(getTranslation("plan.goal.numbered", n, g.statement())));
        UnorderedList about = new UnorderedList();
        about.addClassName("plan-goal-facts");
        about.add(new ListItem(getTranslation("plan.goal.criterion") + ": " + g.criterion()));
        if (g.baseline() != null || g.target() != null) {
            about.add(new ListItem(getTranslation("plan.goal.fromTo", dash(g.baseline()), dash(g.target()))));
        }
        about.add(new ListItem(getTranslation("plan.goal.deadline") + ": " + Formats.date(g.deadline(), getLocale())));
        if (g.whyItMatters() != null) {
            about.add(new ListItem(getTranslation("plan.goal.whyItMatters") + ": " + g.whyItMatters()));
        }
        about.add(new ListItem(getTranslation("plan.goal.rating") + ": " + getTranslation(GoalRating.messageKey(g.rating()))));
        card.add(about);
        Div tools = new Div();
        tools.addClassName("plan-goal-tools");
        if (sheet.may(Action.EDIT)) {
            tools.add(small("plan.action.editGoal", () -> goalDialog(g)),
                    small("plan.action.addTask", () -> taskDialog(g, null)),
                    danger("plan.action.removeGoal", () -> confirm("plan.removeGoal.confirm", "plan.action.removeGoal",
                            () -> service.removeGoal(g.id(), g.version()), "plan.removeGoal.done")));
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
                    act(() -> service.rateGoal(g.id(), g.version(), e.getValue()), "plan.rate.done");
                }
            });
            tools.add(rate);
        }
        if (tools.getComponentCount() > 0) {
            card.add(tools);
        }
        Div columns = new Div();
        columns.addClassName("plan-columns");
        columns.add(column(g, TaskSide.FAMILY), column(g, TaskSide.SPECIALIST));
        card.add(columns);
        return card;
    }

    private Div column(PlanSheet.Goal g, TaskSide side) {
        Div col = new Div();
        col.addClassName("plan-column");
        col.getElement().setAttribute("data-side", side.name());
        col.add(new H4(getTranslation(family() ? side.messageKey() + ".family" : side.messageKey())));
        List<PlanSheet.Task> tasks = g.tasks().stream().filter(t -> t.side() == side).toList();
        if (tasks.isEmpty()) {
            col.add(new Paragraph(getTranslation("plan.tasks.none")));
        }
        for (PlanSheet.Task t : tasks) {
            col.add(taskCard(g, t));
        }
        return col;
    }

    private Div taskCard(PlanSheet.Goal g, PlanSheet.Task t) {
        Div card = new Div();
        card.addClassName("plan-task");
        card.getElement().setAttribute("data-task", String.valueOf(t.id()));
        Span text = new Span(t.description());
        text.addClassName("plan-task-text");
        String who = t.side() == TaskSide.FAMILY ? dash(t.memberName())
                : dash(t.agencyName()) + (t.userName() == null ? "" : ", " + t.userName()
                + (t.userEmail() == null || !family() ? "" : " (" + t.userEmail() + ")"));
        Span whoDue = new Span(getTranslation("plan.task.whoDue", who, Formats.date(t.dueOn(), getLocale())));
        whoDue.addClassName("plan-task-who");
        Span status = new Span(getTranslation(t.status().messageKey()));
        status.getElement().getThemeList().add("badge" + (t.status() == TaskStatus.DONE ? " success" : ""));
        status.addClassName("plan-task-status");
        card.add(text, whoDue, status);
        if (t.overdue()) {
            Span overdue = new Span(getTranslation("plan.task.overdue"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.addClassName("plan-task-overdue");
            card.add(overdue);
        }
        Div tools = new Div();
        tools.addClassName("plan-task-tools");
        if (t.mayWork()) {
            if (family() && t.statusChoices().contains(TaskStatus.DONE) && t.status() != TaskStatus.DONE) {
                Button done = new Button(getTranslation("plan.action.markDone"), VaadinIcon.CHECK.create(),
                        e -> act(() -> service.reportProgress(t.id(), t.version(), TaskStatus.DONE, null, false), "plan.progress.done"));
                done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                tools.add(done);
            }
            tools.add(small(family() ? "plan.action.comment" : "plan.action.progress", () -> progressDialog(t)));
        }
        if (sheet.may(Action.EDIT)) {
            tools.add(small("plan.action.editTask", () -> taskDialog(g, t)),
                    danger("plan.action.removeTask", () -> confirm("plan.removeTask.confirm", "plan.action.removeTask",
                            () -> service.removeTask(t.id(), t.version()), "plan.removeTask.done")));
        }
        if (tools.getComponentCount() > 0) {
            card.add(tools);
        }
        if (!t.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("plan-task-notes");
            for (PlanSheet.Note note : t.notes()) {
                ListItem item = new ListItem(getTranslation("plan.note.entry", Formats.dateTime(note.at(), getLocale()),
                        note.authorName(), note.text()));
                if (note.internal()) {
                    item.add(new Span(" · " + getTranslation("plan.note.internal")));
                    item.addClassName("internal");
                }
                notes.add(item);
            }
            card.add(notes);
        }
        return card;
    }

    private void showProposals() {
        proposals.removeAll();
        if (overview.proposals().isEmpty()) {
            return;
        }
        proposals.add(new H3(getTranslation("plan.proposals")));
        for (PlanOverview.Proposal p : overview.proposals()) {
            Div row = new Div();
            row.addClassName("plan-proposal");
            row.add(new Span(getTranslation("plan.proposal.entry", p.agencyName(), p.proposedByName(), p.description(),
                    Formats.date(p.dueOn(), getLocale()), p.goalStatement() == null ? "—" : p.goalStatement())));
            Span status = new Span(getTranslation(p.status().messageKey())
                    + (p.decisionReason() == null ? "" : ": " + p.decisionReason()));
            status.getElement().getThemeList().add("badge");
            row.add(status);
            if (staff() && p.status() == TaskProposal.Status.PROPOSED
                    && overview.caseContext().may(CaseOperation.EDIT_CASE)) {
                row.add(small("plan.proposal.accept", () -> act(() -> service.acceptProposal(p.id(), p.version()),
                                "plan.proposal.accepted")),
                        small("plan.proposal.reject", () -> reasonDialog("plan.proposal.reject",
                                reason -> service.rejectProposal(p.id(), p.version(), reason), "plan.proposal.rejected")));
            }
            proposals.add(row);
        }
    }

    // ---- Dialogs ---------------------------------------------------------------------------------

    /** Starts a plan ({@code current} null) or changes the period of the draft. */
    private void periodDialog(PlanSheet current) {
        Dialog dialog = dialog(current == null ? "plan.action.start" : "plan.action.period");
        DatePicker starts = datePicker("plan.startsOn");
        DatePicker ends = datePicker("plan.endsOn");
        LocalDate today = LocalDate.now();
        starts.setValue(current == null ? today : current.startsOn());
        ends.setValue(current == null ? today.plusMonths(6) : current.endsOn());
        dialog.add(new FormLayout(starts, ends));
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true, () -> {
            if (current == null) {
                service.startPlan(caseId, starts.getValue(), ends.getValue());
            } else {
                service.changePeriod(current.planId(), current.version(), starts.getValue(), ends.getValue());
            }
        }, () -> getTranslation(current == null ? "plan.start.done" : "plan.period.done"),
                Map.of("startsOn", starts, "endsOn", ends), () -> load(null), this::refused);
    }

    private void goalDialog(PlanSheet.Goal goal) {
        Dialog dialog = dialog(goal == null ? "plan.action.addGoal" : "plan.action.editGoal");
        dialog.setWidth("min(48rem, 95vw)");
        Select<ProblemArea> area = new Select<>();
        area.setLabel(getTranslation("plan.goal.problemArea"));
        area.setItems(ProblemArea.values());
        area.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        TextArea statement = textArea("plan.goal.statement", PlanGoal.STATEMENT_MAX);
        statement.setHelperText(getTranslation("plan.goal.statement.help"));
        TextArea criterion = textArea("plan.goal.criterion", PlanGoal.CRITERION_MAX);
        criterion.setHelperText(getTranslation("plan.goal.criterion.help"));
        TextField baseline = textField("plan.goal.baseline", PlanGoal.LEVEL_MAX);
        TextField target = textField("plan.goal.target", PlanGoal.LEVEL_MAX);
        DatePicker deadline = datePicker("plan.goal.deadline");
        deadline.setMax(sheet.endsOn());
        TextArea why = textArea("plan.goal.whyItMatters", PlanGoal.WHY_MAX);
        why.setHelperText(getTranslation("plan.goal.whyItMatters.help"));
        if (goal != null) {
            area.setValue(goal.problemArea());
            statement.setValue(nz(goal.statement()));
            criterion.setValue(nz(goal.criterion()));
            baseline.setValue(nz(goal.baseline()));
            target.setValue(nz(goal.target()));
            deadline.setValue(goal.deadline());
            why.setValue(nz(goal.whyItMatters()));
        }
        FormLayout form = new FormLayout(area, deadline, statement, criterion, baseline, target, why);
        form.setColspan(statement, 2);
        form.setColspan(criterion, 2);
        form.setColspan(why, 2);
        dialog.add(form);
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true, () -> {
            GoalDetails d = new GoalDetails();
            d.setProblemArea(area.getValue());
            d.setStatement(statement.getValue());
            d.setCriterion(criterion.getValue());
            d.setBaseline(baseline.getValue());
            d.setTarget(target.getValue());
            d.setDeadline(deadline.getValue());
            d.setWhyItMatters(why.getValue());
            if (goal == null) {
                service.addGoal(sheet.planId(), d);
            } else {
                service.changeGoal(goal.id(), goal.version(), d);
            }
        }, () -> getTranslation("plan.goal.saved"), Map.of("problemArea", area, "statement", statement,
                "criterion", criterion, "baseline", baseline, "target", target, "deadline", deadline, "whyItMatters", why),
                this::reload, this::refused);
    }

    private void taskDialog(PlanSheet.Goal goal, PlanSheet.Task task) {
        Dialog dialog = dialog(task == null ? "plan.action.addTask" : "plan.action.editTask");
        dialog.setWidth("min(44rem, 95vw)");
        RadioButtonGroup<TaskSide> side = new RadioButtonGroup<>(getTranslation("plan.task.side"));
        side.setItems(TaskSide.values());
        side.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        TextArea description = textArea("plan.task.description", PlanTask.DESCRIPTION_MAX);
        Map<Long, String> members = service.familyMembers(caseId);
        ComboBox<Long> member = new ComboBox<>(getTranslation("plan.task.member"));
        member.setItems(members.keySet());
        member.setItemLabelGenerator(members::get);
        ComboBox<Agency> agency = new ComboBox<>(getTranslation("plan.task.agency"));
        agency.setItems(service.agencies());
        agency.setItemLabelGenerator(Agency::getName);
        ComboBox<Long> user = new ComboBox<>(getTranslation("plan.task.user"));
        user.setHelperText(getTranslation("plan.task.user.help"));
        user.setClearButtonVisible(true);
        Map<Long, String> users = new HashMap<>();
        user.setItemLabelGenerator(id -> users.getOrDefault(id, ""));
        agency.addValueChangeListener(e -> {
            users.clear();
            if (e.getValue() != null) {
                users.putAll(service.usersOf(e.getValue().getId()));
            }
            user.setItems(users.keySet());
        });
        DatePicker due = datePicker("plan.task.dueOn");
        due.setMax(sheet.endsOn());
        side.addValueChangeListener(e -> {
            member.setVisible(e.getValue() == TaskSide.FAMILY);
            agency.setVisible(e.getValue() == TaskSide.SPECIALIST);
            user.setVisible(e.getValue() == TaskSide.SPECIALIST);
        });
        side.setValue(task == null ? TaskSide.FAMILY : task.side());
        if (task != null) {
            description.setValue(task.description());
            member.setValue(task.memberId());
            if (task.agencyId() != null) {
                agency.getListDataView().getItems().filter(a -> a.getId().equals(task.agencyId())).findFirst()
                        .ifPresent(agency::setValue);
            }
            users.entrySet().stream().filter(u -> u.getValue().equals(task.userName())).findFirst()
                    .ifPresent(u -> user.setValue(u.getKey()));
            due.setValue(task.dueOn());
        }
        FormLayout form = new FormLayout(side, description, member, agency, user, due);
        form.setColspan(side, 2);
        form.setColspan(description, 2);
        dialog.add(form);
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true, () -> {
            TaskDetails d = new TaskDetails();
            d.setSide(side.getValue());
            d.setDescription(description.getValue());
            d.setMemberId(side.getValue() == TaskSide.FAMILY ? member.getValue() : null);
            d.setAgencyId(side.getValue() == TaskSide.SPECIALIST && agency.getValue() != null ? agency.getValue().getId() : null);
            d.setUserId(side.getValue() == TaskSide.SPECIALIST ? user.getValue() : null);
            d.setDueOn(due.getValue());
            if (task == null) {
                service.addTask(goal.id(), d);
            } else {
                service.changeTask(task.id(), task.version(), d);
            }
        }, () -> getTranslation("plan.task.saved"), Map.of("side", side, "description", description, "member", member,
                "agency", agency, "user", user, "dueOn", due), this::reload, this::refused);
    }

    /** A new status and/or a note on a task; a family member only comments or marks their own task. */
    void progressDialog(PlanSheet.Task task) {
        Dialog dialog = dialog(family() ? "plan.action.comment" : "plan.action.progress");
        dialog.add(new Paragraph(task.description()));
        Select<TaskStatus> status = new Select<>();
        status.setLabel(getTranslation("plan.task.status"));
        EnumSet<TaskStatus> choices = EnumSet.copyOf(task.statusChoices());
        choices.add(task.status());
        status.setItems(choices);
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(task.status());
        TextArea note = textArea("plan.task.note", TaskNote.TEXT_MAX);
        Checkbox internal = new Checkbox(getTranslation("plan.note.markInternal"));
        internal.setVisible(!family());
        FormLayout form = new FormLayout(status, note, internal);
        form.setColspan(note, 2);
        dialog.add(form);
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true,
                () -> service.reportProgress(task.id(), task.version(), status.getValue(), note.getValue(), internal.getValue()),
                () -> getTranslation("plan.progress.saved"), Map.of("status", status, "note", note), this::reload,
                this::refused);
    }

    private void signatureDialog() {
        Dialog dialog = dialog("plan.action.recordSignature");
        ComboBox<String> who = new ComboBox<>(getTranslation("plan.signedBy"));
        who.setItems(service.familyMembers(caseId).values());
        who.setAllowCustomValue(true);
        who.addCustomValueSetListener(e -> who.setValue(e.getDetail()));
        DatePicker on = datePicker("plan.signedOn");
        on.setValue(LocalDate.now());
        on.setMax(LocalDate.now());
        dialog.add(new Paragraph(getTranslation("plan.recordSignature.help")), new FormLayout(who, on));
        DialogFooter.add(dialog, getTranslation("action.save"), () -> true,
                () -> service.recordSignature(sheet.planId(), sheet.version(), who.getValue(), on.getValue()),
                () -> getTranslation("plan.recordSignature.done"), Map.of("signedBy", who, "signedOn", on), this::reload,
                this::refused);
    }

    private void proposeDialog() {
        Dialog dialog = dialog("plan.action.propose");
        Select<PlanSheet.Goal> goal = new Select<>();
        goal.setLabel(getTranslation("plan.proposal.goal"));
        goal.setItems(sheet.goals());
        goal.setItemLabelGenerator(PlanSheet.Goal::statement);
        TextArea description = textArea("plan.task.description", PlanTask.DESCRIPTION_MAX);
        DatePicker due = datePicker("plan.task.dueOn");
        due.setMin(LocalDate.now());
        due.setMax(sheet.endsOn());
        FormLayout form = new FormLayout(goal, due, description);
        form.setColspan(description, 2);
        dialog.add(new Paragraph(getTranslation("plan.propose.help")), form);
        DialogFooter.add(dialog, getTranslation("plan.propose.send"), () -> true,
                () -> service.propose(caseId, goal.getValue() == null ? null : goal.getValue().key(), description.getValue(),
                        due.getValue()),
                () -> getTranslation("plan.propose.done"), Map.of("goal", goal, "description", description, "dueOn", due),
                this::reload, this::refused);
    }

    private void compareDialog(PlanOverview.Version previous) {
        Dialog dialog = dialog("plan.action.compare");
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("plan.compare.between", previous.number(), sheet.number())));
        List<PlanComparison.Change> changes = service.compare(previous.planId(), sheet.planId());
        if (changes.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("plan.compare.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plan-changes");
        for (PlanComparison.Change c : changes) {
            String fields = c.fields().stream().map(this::getTranslation).reduce((a, b) -> a + ", " + b).orElse("");
            String key = "plan.compare." + c.item().name().toLowerCase() + "." + c.kind().name().toLowerCase();
            ListItem item = new ListItem(getTranslation(key, c.text(), fields, c.goalText() == null ? "" : c.goalText()));
            item.getElement().setAttribute("data-kind", c.kind().name());
            list.add(item);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void reasonDialog(String titleKey, Consumer<String> action, String doneKey) {
        Dialog dialog = dialog(titleKey);
        TextArea reason = textArea("plan.reason", FamilyPlan.REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        DialogFooter.add(dialog, getTranslation(titleKey), () -> true, () -> action.accept(reason.getValue()),
                () -> getTranslation(doneKey), Map.of("reason", reason), this::reload, this::refused);
    }

    private void confirm(String textKey, String actionKey, Runnable action, String doneKey) {
        Dialog dialog = dialog(actionKey);
        dialog.add(new Paragraph(getTranslation(textKey)));
        DialogFooter.add(dialog, getTranslation(actionKey), () -> true, action, () -> getTranslation(doneKey),
                Map.<String, HasValidation>of(), this::reload, this::refused);
    }

    /** Runs a change without a dialog, then shows the new state, or why it was refused. */
    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Notifications.success(getTranslation(doneKey));
            reload();
        } catch (BusinessException e) {
            refused(e);
        }
    }

    /**
     * A refusal that names no field. Someone else's save is named with a way to reload; nothing of
     * theirs is overwritten.
     */
    void refused(BusinessException e) {
        if (e instanceof EditConflictException) {
            Notification n = new Notification();
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
            n.setPosition(Notification.Position.MIDDLE);
            n.setDuration(0);
            Button reload = new Button(getTranslation("plan.conflict.reload"), ev -> {
                n.close();
                reload();
            });
            Button close = new Button(getTranslation("action.close"), ev -> n.close());
            Div box = new Div(new Span(Notifications.text(this, e)), reload, close);
            box.addClassName("plan-conflict");
            n.add(box);
            n.open();
        } else {
            Notifications.error(Notifications.text(this, e));
        }
    }

    // ---- Small builders ----------------------------------------------------------------------------

    private Dialog dialog(String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("min(36rem, 95vw)");
        return dialog;
    }

    private DatePicker datePicker(String labelKey) {
        DatePicker d = new DatePicker(getTranslation(labelKey));
        d.setLocale(getLocale());
        return d;
    }

    private TextArea textArea(String labelKey, int max) {
        TextArea t = new TextArea(getTranslation(labelKey));
        t.setMaxLength(max);
        return t;
    }

    private TextField textField(String labelKey, int max) {
        TextField t = new TextField(getTranslation(labelKey));
        t.setMaxLength(max);
        return t;
    }

    private Button primary(String key, Runnable r) {
        Button b = button(key, r);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private Button button(String key, Runnable r) {
        return new Button(getTranslation(key), e -> r.run());
    }

    private Button small(String key, Runnable r) {
        Button b = button(key, r);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Button danger(String key, Runnable r) {
        Button b = small(key, r);
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }

    private String versionLabel(PlanOverview.Version v) {
        return getTranslation("plan.versionLabel", v.number(), getTranslation(v.status().messageKey())
                + (v.offered() ? " · " + getTranslation("plan.offered") : ""));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    @Override
    public String viewTitle() {
        return (overview == null ? getTranslation("plan.menu") : getTranslation("plan.title", overview.caseContext().familyName()));
    }
}
