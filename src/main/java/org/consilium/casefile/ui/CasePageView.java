package org.consilium.casefile.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseAlerts;
import org.consilium.casefile.CaseDueItems;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseOpening;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CaseTimelineNotes;
import org.consilium.casefile.FollowUpStep;
import org.consilium.casefile.SharingService;
import org.consilium.live.LivePages;
import org.consilium.live.Presence;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.live.ui.PresenceBar;
import org.consilium.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One case: who the family is, where the case stands, its timeline, and the moves the reader may make
 * now (only those the methodology allows from the current stage), each in its own dialog.
 */
@Route("case")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
class CasePageView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    /** How many of the latest openings of the file the page lists. */
    private static final int OPENINGS_SHOWN = 20;

    final H2 familyName = new H2();
    final Div header = new Div();
    final Div alerts = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final UnorderedList members = new UnorderedList();
    final CaseTimeline timeline = new CaseTimeline();
    final UnorderedList openedBy = new UnorderedList();
    SharingPanel sharingPanel;
    final FollowUpPanel followUps = new FollowUpPanel();

    private final CaseService cases;
    private final CaseSheets sheets;
    private final SharingService sharing;
    private final Clock clock;
    private final ObjectProvider<CaseSection> sections;
    private final ObjectProvider<CaseTimelineNotes> notes;
    private final ObjectProvider<CaseAlerts> alertSources;
    private final ObjectProvider<ClosureEvidence> closureEvidence;
    private final CaseNorms norms;
    private final ObjectProvider<CaseDueItems> dueItems;
    private CaseSheet current;
    final LiveNote liveNote = new LiveNote();
    PresenceBar presenceBar;
    private final List<Component> sectionParts = new ArrayList<>();
    private final LivePages pages;
    private final Presence presence;
    private final String me;

    CasePageView(CaseService cases, CaseSheets sheets, SharingService sharing, Clock clock,
                 ObjectProvider<CaseSection> sections, ObjectProvider<CaseTimelineNotes> notes,
                 ObjectProvider<CaseAlerts> alertSources, LivePages pages, Presence presence, UserAccountService accounts,
                 ObjectProvider<ClosureEvidence> closureEvidence, CaseNorms norms, ObjectProvider<CaseDueItems> dueItems) {
        this.dueItems = dueItems;
        this.closureEvidence = closureEvidence;
        this.norms = norms;
        this.pages = pages;
        this.presence = presence;
        this.me = accounts.signedIn().map(SignedInUser::username).orElse("");
        this.sections = sections;
        this.alertSources = alertSources;
        this.notes = notes;
        this.cases = cases;
        this.sheets = sheets;
        this.sharing = sharing;
        this.clock = clock;
        addClassName("case-page");
        header.addClassName("case-header");
        alerts.addClassName("case-alerts");
        actions.addClassName("case-actions");
        Anchor back = new Anchor("cases", getTranslation("case.backToList"));
        back.getElement().setAttribute("router-link", true);
        openedBy.addClassName("case-opened-by");
        add(back, familyName, liveNote, header, alerts, actions, followUps, new H3(getTranslation("case.members")), members,
                new H3(getTranslation("case.timeline")), timeline, new H3(getTranslation("case.openedBy")),
                new Paragraph(getTranslation("case.openedBy.help")), openedBy);
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        LoadOrRefuse.load(event, () -> sheets.sheet(caseId)).ifPresent(this::show);
    }

    private void reload() {
        sheets.sheet(current.id()).ifPresent(this::show);
    }

    private void show(CaseSheet c) {
        boolean first = this.current == null;
        this.current = c;
        if (first) {
            // The family plan is its own page (the plan module); linked by address, not by class.
            Anchor plan = new Anchor("plan/" + c.id(), getTranslation("case.planLink"));
            plan.getElement().setAttribute("router-link", true);
            plan.addClassName("case-plan-link");
            plan.addComponentAsFirst(VaadinIcon.CLIPBOARD_CHECK.create());
            addComponentAtIndex(indexOf(actions) + 1, plan);
            addComponentAtIndex(indexOf(members) + 1, new InitialRequestPanel(sheets, c.id()));
            sharingPanel = new SharingPanel(sharing, clock, c.id());
            addComponentAtIndex(indexOf(timeline) - 1, sharingPanel);
            sections.orderedStream().forEach(section -> {
                Component part = section.create(c.id());
                sectionParts.add(part);
                addComponentAtIndex(indexOf(timeline) - 1, part);
            });
            goLive(c.id());
        }
        familyName.setText(getTranslation("case.title", c.familyName()));
        showHeader(c);
        showAlerts(c);
        followUps.show(c, this::openFollowUpDialog);
        members.removeAll();
        for (CaseSheet.Member m : c.members()) {
            String age = m.age() == null ? "" : ", " + getTranslation("case.age", m.age());
            members.add(new ListItem(m.fullName() + " — " + getTranslation(m.relation().messageKey()) + age));
        }
        timeline.show(c, notes.orderedStream().flatMap(n -> n.notesOf(c.id()).stream()).toList());
        openedBy.removeAll();
        for (CaseOpening o : sheets.whoOpened(c.id(), OPENINGS_SHOWN)) {
            openedBy.add(new ListItem(getTranslation("case.openedBy.entry", o.who(), Formats.dateTime(o.at(), getLocale()))));
        }
        showActions(c);
    }

    /**
     * Keeps the page current while it is open, for as long as the user may read the case: the case and
     * its sections (plan, requests, meetings) shown again when any of them changes, with a note of who
     * did it; and who else has the case open. Forms open in dialogs keep what is typed.
     */
    private void goLive(long caseId) {
        String topic = Topics.ofCase(caseId);
        BooleanSupplier mayRead = () -> !cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_CASE).isEmpty();
        presenceBar = new PresenceBar(presence, topic, mayRead);
        addComponentAtIndex(indexOf(familyName) + 1, presenceBar);
        pages.watch(this, topic, c -> Long.valueOf(caseId).equals(c.caseId()) && mayRead.getAsBoolean(), c -> {
            reload();
            for (int i = 0; i < sectionParts.size(); i++) {
                Component old = sectionParts.get(i);
                Component fresh = sections.orderedStream().skip(i).findFirst().orElseThrow().create(caseId);
                replace(old, fresh);
                sectionParts.set(i, fresh);
            }
            if (c.whatKey().startsWith("live.case.")) {
                SharingPanel freshSharing = new SharingPanel(sharing, clock, caseId);
                replace(sharingPanel, freshSharing);
                sharingPanel = freshSharing;
            }
            if (!c.actor().equals(me)) {
                liveNote.show(c);
            }
        });
    }

    private void showHeader(CaseSheet c) {
        header.removeAll();
        header.add(fact(getTranslation("case.stage"), getTranslation(c.stage().messageKey())),
                fact(getTranslation("case.level"), getTranslation(c.level().messageKey())),
                fact(getTranslation("referral.urgency"), getTranslation(c.urgency().messageKey())),
                nextDue(c),
                fact(getTranslation("case.model"), getTranslation(c.model().messageKey())),
                fact(getTranslation("case.curator"), c.curatorName()),
                fact(getTranslation("case.daysOpen"), NumberFormat.getIntegerInstance(getLocale()).format(c.daysOpen())),
                fact(getTranslation("case.address"), c.address().isEmpty() ? "—" : c.address()),
                fact(getTranslation("case.criteria"),
                        c.criteria().stream().map(k -> getTranslation(k.messageKey())).collect(Collectors.joining("; "))));
        if (!c.open() && c.closureReason() != null) {
            String reason = getTranslation(c.closureReason().messageKey())
                    + (c.closureNote() == null ? "" : " — " + c.closureNote());
            header.add(fact(getTranslation("case.closureReason"), reason),
                    fact(getTranslation("case.closureOutcome"), c.closureOutcome()));
        }
    }

    /** Warnings from other modules (a child not safe now), each with a link to act on it. */
    private void showAlerts(CaseSheet c) {
        alerts.removeAll();
        alertSources.orderedStream().flatMap(a -> a.alertsOf(c.id()).stream()).forEach(a -> {
            Div alert = new Div();
            alert.addClassName("case-alert");
            alert.getElement().setAttribute("role", "alert");
            alert.add(new Span(getTranslation(a.messageKey(), a.args().toArray())));
            if (a.route() != null) {
                Anchor open = new Anchor(a.route(), getTranslation("case.alert.open"));
                open.getElement().setAttribute("router-link", true);
                alert.add(open);
            }
            alerts.add(alert);
        });
        alerts.setVisible(alerts.getComponentCount() > 0);
    }

    /** The next thing due on the case: the current stage's work and its date, marked when overdue. */
    /**
     * The case's next due: the earliest of its stage's due date and what other modules have due on it (a
     * task, a request's answer, a meeting, a contact's next step), said with what it is.
     */
    private Div nextDue(CaseSheet c) {
        LocalDate today = today();
        Optional<CaseDueItems.Item> item = dueItems.orderedStream().map(d -> d.earliestOf(c.id()))
                .flatMap(Optional::stream).min(Comparator.comparing(CaseDueItems.Item::dueOn));
        String text;
        boolean overdue;
        if (item.isPresent() && (c.dueOn() == null || item.get().dueOn().isBefore(c.dueOn()))) {
            CaseDueItems.Item i = item.get();
            text = getTranslation(i.messageKey(), i.args().toArray()) + ": "
                    + getTranslation("case.nextDue.by", Formats.date(i.dueOn(), getLocale()));
            overdue = i.dueOn().isBefore(today);
            if (overdue) {
                text += " — " + getTranslation("case.overdueDays", ChronoUnit.DAYS.between(i.dueOn(), today));
            }
        } else if (c.dueOn() == null) {
            return fact(getTranslation("case.nextDue"), getTranslation("case.nextDue.none"));
        } else {
            text = getTranslation("case.nextDue.value", getTranslation(c.stage().messageKey()),
                    Formats.date(c.dueOn(), getLocale()));
            overdue = c.overdue();
            if (overdue) {
                text += " — " + getTranslation("case.overdueDays", c.daysOverdue());
            }
        }
        Div f = fact(getTranslation("case.nextDue"), text);
        if (overdue) {
            f.addClassName("overdue");
        }
        return f;
    }

    private void showActions(CaseSheet c) {
        actions.removeAll();
        if (!c.mayEdit()) {
            actions.add(new Span(getTranslation("case.readOnly")));
            return;
        }
        for (CaseStage target : c.allowedMoves()) {
            Button b = new Button(getTranslation(target == CaseStage.CLOSURE ? "case.action.close"
                    : CaseStage.isReopening(c.stage(), target) ? "case.action.reopen" : "case.action.moveTo",
                    getTranslation(target.messageKey())));
            if (target == CaseStage.CLOSURE) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
                b.addClickListener(e -> openCloseDialog());
            } else {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.addClickListener(e -> openMoveDialog(target));
            }
            b.getElement().setAttribute("data-target", target.name());
            actions.add(b);
        }
        Button changeDue = new Button(getTranslation("case.action.changeDue"), e -> openDueDateDialog());
        changeDue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changeDue.getElement().setAttribute("data-target", "DUE");
        actions.add(changeDue);
        if (c.mayDecide()) {
            Button decide = new Button(getTranslation("case.action.decide"), e -> openDecisionDialog());
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.getElement().setAttribute("data-target", "DECIDE");
            actions.addComponentAsFirst(decide);
        }
    }

    /** Asks for the new stage's due date (the stage's time limit is offered), an optional comment and confirmation. */
    void openMoveDialog(CaseStage target) {
        MoveForm form = new MoveForm(current, target, today());
        form.addSaveListener(e -> saved(form, () -> cases.move(form.recordId(), form.version(), target,
                form.details().getComment(), form.details().getDueOn()), () -> getTranslation("case.moved",
                getTranslation(current.stage().messageKey()))));
        open(form);
    }

    /** Sets another due date for the current stage's work, with the reason, kept in the timeline. */
    void openDueDateDialog() {
        DueDateForm form = new DueDateForm(current, today());
        form.addSaveListener(e -> saved(form, () -> cases.changeDueDate(form.recordId(), form.version(),
                form.details().getDueOn(), form.details().getReason()),
                () -> getTranslation("case.due.saved", Formats.date(current.dueOn(), getLocale()))));
        open(form);
    }

    void openCloseDialog() {
        ClosureForm form = new ClosureForm(current, sheets, closureEvidence.orderedStream().toList(),
                norms.followUpSchedule().stream().map(FollowUpStep::getMonths).toList());
        form.addSaveListener(e -> saved(form, () -> cases.close(form.recordId(), form.version(), form.details()),
                () -> getTranslation("case.moved", getTranslation(CaseStage.CLOSURE.messageKey()))));
        open(form);
    }

    /** Records the next planned follow-up contact; reopening the case is the form's choice. */
    void openFollowUpDialog(CaseSheet.FollowUpLine f) {
        FollowUpForm form = new FollowUpForm(f, current.familyName(), today());
        form.addSaveListener(e -> saved(form, () -> cases.recordFollowUp(current.id(), form.recordId(), form.version(),
                form.details()), () -> getTranslation(form.details().isReopen() ? "followUp.reopened" : "followUp.recorded")));
        open(form);
    }

    void openDecisionDialog() {
        DecisionForm form = new DecisionForm(current);
        form.addSaveListener(e -> saved(form, () -> cases.decide(form.recordId(), form.version(),
                form.details().decision()), () -> getTranslation("case.moved",
                getTranslation(CaseStage.IN_DEPTH_ASSESSMENT.messageKey()))));
        open(form);
    }

    private void open(EditDialog<?> form) {
        // After a lost race the page shows the case as the winner left it.
        form.onReload(this::reload);
        form.open();
    }

    /** Saves through the service; once saved, the page shows the new state and says what happened. */
    private void saved(EditDialog<?> form, Runnable save, Supplier<String> done) {
        if (form.submit(save)) {
            reload();
            Notifications.success(done.get());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String viewTitle() {
        return current == null ? getTranslation("menu.cases") : current.familyName();
    }
}
