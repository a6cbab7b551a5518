package org.consilium.casefile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.DialogFooter;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseOpening;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CaseTransition;
import org.consilium.casefile.CaseView;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SharingService;
import org.consilium.casefile.SupportLevel;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case: who the family is, where the case stands, its timeline, and the moves the reader may make
 * now (only those the methodology allows from the current stage).
 */
@Route("case")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
class CasePageView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final H2 familyName = new H2();
    final Div header = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final UnorderedList members = new UnorderedList();
    final VerticalLayout timeline = new VerticalLayout();
    final UnorderedList openedBy = new UnorderedList();
    /** How many of the latest openings of the file the page lists. */
    private static final int OPENINGS_SHOWN = 20;
    private final CaseService cases;
    private CaseView current;

    SharingPanel sharingPanel;
    private final SharingService sharing;
    private final Clock clock;

    CasePageView(CaseService cases, SharingService sharing, Clock clock) {
        this.cases = cases;
        this.sharing = sharing;
        this.clock = clock;
        addClassName("case-page");
        header.addClassName("case-header");
        actions.addClassName("case-actions");
        timeline.addClassName("case-timeline");
        timeline.setPadding(false);
        Anchor back = new Anchor("cases", getTranslation("case.backToList"));
        back.getElement().setAttribute("router-link", true);
        openedBy.addClassName("case-opened-by");
        add(back, familyName, header, actions, new H3(getTranslation("case.members")), members,
                new H3(getTranslation("case.timeline")), timeline, new H3(getTranslation("case.openedBy")),
                new Paragraph(getTranslation("case.openedBy.help")), openedBy);
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        Optional<CaseView> view;
        try {
            view = cases.view(caseId);
        } catch (AccessDeniedException e) {
            view = Optional.empty();
        }
        if (view.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show(view.get());
    }

    private void reload() {
        cases.view(current.id()).ifPresent(this::show);
    }

    private void show(CaseView c) {
        boolean first = this.current == null;
        this.current = c;
        if (first) {
            // The family plan is its own page (the plan module); linked by address, not by class.
            Anchor plan = new Anchor("plan/" + c.id(), getTranslation("case.planLink"));
            plan.getElement().setAttribute("router-link", true);
            plan.addClassName("case-plan-link");
            plan.addComponentAsFirst(VaadinIcon.CLIPBOARD_CHECK.create());
            addComponentAtIndex(indexOf(actions) + 1, plan);
            sharingPanel = new SharingPanel(sharing, clock, c.id());
            addComponentAtIndex(indexOf(timeline) - 1, sharingPanel);
        }
        familyName.setText(getTranslation("case.title", c.familyName()));
        header.removeAll();
        header.add(fact("case.stage", getTranslation(c.stage().messageKey())),
                fact("case.level", getTranslation(c.level().messageKey())),
                fact("referral.urgency", getTranslation(c.urgency().messageKey())),
                nextDue(c),
                fact("case.model", getTranslation(c.model().messageKey())),
                fact("case.curator", c.curatorName()),
                fact("case.daysOpen", NumberFormat.getIntegerInstance(getLocale()).format(c.daysOpen())),
                fact("case.address", c.address().isEmpty() ? "—" : c.address()),
                fact("case.criteria", c.criteria().stream().map(k -> getTranslation(k.messageKey())).collect(Collectors.joining("; "))));
        if (!c.open() && c.closureReason() != null) {
            header.add(fact("case.closureReason", c.closureReason()), fact("case.closureOutcome", c.closureOutcome()));
        }

        members.removeAll();
        for (CaseView.Member m : c.members()) {
            String age = m.age() == null ? "" : ", " + getTranslation("case.age", m.age());
            members.add(new ListItem(m.fullName() + " — " + getTranslation(m.relation().messageKey()) + age));
        }

        timeline.removeAll();
        for (CaseView.Move move : c.timeline().reversed()) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Span when = new Span(Formats.dateTime(move.at(), getLocale()));
            when.addClassName("timeline-when");
            Span what = new Span(move.dueDateChange()
                    ? getTranslation("case.due.changed", getTranslation(move.to().messageKey()))
                    : getTranslation(move.to().messageKey()));
            what.addClassName("timeline-stage");
            Span who = new Span(move.by());
            who.addClassName("timeline-who");
            entry.add(when, what, who);
            if (move.dueOn() != null) {
                Span due = new Span(getTranslation("case.due.by", Formats.date(move.dueOn(), getLocale())));
                due.addClassName("timeline-due");
                entry.add(due);
            }
            if (move.comment() != null) {
                Paragraph comment = new Paragraph(move.comment());
                comment.addClassName("timeline-comment");
                entry.add(comment);
            }
            timeline.add(entry);
        }

        openedBy.removeAll();
        for (CaseOpening o : cases.whoOpened(c.id(), OPENINGS_SHOWN)) {
            openedBy.add(new ListItem(getTranslation("case.openedBy.entry", o.who(), Formats.dateTime(o.at(), getLocale()))));
        }

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

    private Div fact(String labelKey, String value) {
        Div f = new Div();
        f.addClassName("case-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("case-fact-label");
        Span v = new Span(value);
        v.addClassName("case-fact-value");
        f.add(label, v);
        return f;
    }

    /** The next thing due on the case: the current stage's work and its date, marked when overdue. */
    private Div nextDue(CaseView c) {
        if (c.dueOn() == null) {
            return fact("case.nextDue", getTranslation("case.nextDue.none"));
        }
        String text = getTranslation("case.nextDue.value", getTranslation(c.stage().messageKey()),
                Formats.date(c.dueOn(), getLocale()));
        if (c.overdue()) {
            text += " — " + getTranslation("case.overdueDays",
                    NumberFormat.getIntegerInstance(getLocale()).format(c.daysOverdue()));
        }
        Div f = fact("case.nextDue", text);
        if (c.overdue()) {
            f.addClassName("overdue");
        }
        return f;
    }

    private DatePicker dueDatePicker(LocalDate value) {
        DatePicker due = new DatePicker(getTranslation("case.dueOn"));
        due.setLocale(getLocale());
        due.setMin(LocalDate.now(clock));
        due.setValue(value);
        due.setHelperText(getTranslation("case.dueOn.help"));
        due.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(getTranslation("validation.badDate"))
                .setMinErrorMessage(getTranslation("case.due.past"))
                .setRequiredErrorMessage(getTranslation("validation.required")));
        return due;
    }

    /** Asks for the new stage's due date (the stage's time limit is offered), an optional comment and confirmation. */
    void openMoveDialog(CaseStage target) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.action.moveTo", getTranslation(target.messageKey())));
        DatePicker due = dueDatePicker(cases.suggestedDueDate(target).orElse(null));
        TextArea comment = new TextArea(getTranslation("case.comment"));
        comment.setMaxLength(CaseTransition.COMMENT_MAX);
        comment.setWidthFull();
        dialog.add(new Paragraph(getTranslation("case.move.confirm", getTranslation(current.stage().messageKey()),
                getTranslation(target.messageKey()))), new FormLayout(due, comment));
        footer(dialog, getTranslation("case.move.do"), due,
                () -> cases.move(current.id(), current.version(), target, comment.getValue(), due.getValue()),
                () -> getTranslation("case.moved", getTranslation(current.stage().messageKey())),
                Map.of("dueOn", due, "comment", comment));
    }

    /** Sets another due date for the current stage's work, with the reason, kept in the timeline. */
    void openDueDateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.action.changeDue"));
        // An overdue date cannot be kept: the stage's usual time limit from today is offered instead.
        DatePicker due = dueDatePicker(current.dueOn() != null && !current.overdue() ? current.dueOn()
                : cases.suggestedDueDate(current.stage()).orElse(null));
        due.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(getTranslation("case.due.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(CaseTransition.COMMENT_MAX);
        reason.setWidthFull();
        dialog.add(new FormLayout(due, reason));
        footer(dialog, getTranslation("action.save"), due,
                () -> cases.changeDueDate(current.id(), current.version(), due.getValue(), reason.getValue()),
                () -> getTranslation("case.due.saved", Formats.date(current.dueOn(), getLocale())),
                Map.of("dueOn", due, "reason", reason));
    }

    /**
     * Cancel and a primary button that runs {@code action} unless the date is unreadable. When the
     * service refuses, the message goes to the field it names and the dialog stays open; any other
     * refusal (an edit conflict) closes it and shows the case as it now is.
     */
    private void footer(Dialog dialog, String actionText, DatePicker due, Runnable action, Supplier<String> done,
                        Map<String, HasValidation> fields) {
        DialogFooter.add(dialog, actionText, () -> {
            if (due.isInvalid()) {
                // The browser refused the date (unreadable or before today): say which, at the field.
                due.setErrorMessage(getTranslation(due.getValue() == null ? "validation.badDate" : "case.due.past"));
                return false;
            }
            return true;
        }, action, done, fields, this::reload, ex -> {
            dialog.close();
            Notifications.error(Notifications.text(this, ex));
            reload();
        });
    }

    void openCloseDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.action.close", getTranslation(CaseStage.CLOSURE.messageKey())));
        TextArea reason = new TextArea(getTranslation("case.closureReason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextArea outcome = new TextArea(getTranslation("case.closureOutcome"));
        outcome.setHelperText(getTranslation("case.closureOutcome.help"));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setWidthFull();
        dialog.add(new FormLayout(reason, outcome));
        Button close = new Button(getTranslation("case.close.do"), e -> {
            try {
                cases.close(current.id(), current.version(), reason.getValue(), outcome.getValue());
                dialog.close();
                Notifications.success(getTranslation("case.moved", getTranslation(CaseStage.CLOSURE.messageKey())));
                reload();
            } catch (BusinessException ex) {
                String text = Notifications.text(this, ex);
                TextArea field = "closureOutcome".equals(ex.getField().orElse("")) ? outcome : reason;
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), close);
        dialog.open();
    }

    void openDecisionDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.action.decide"));
        ComboBox<SupportLevel> level = new ComboBox<>(getTranslation("case.level"), SupportLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setValue(current.level());
        ComboBox<CaseModel> model = new ComboBox<>(getTranslation("case.model"), CaseModel.values());
        model.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        model.setValue(current.model());
        CheckboxGroup<DecisionCriterion> criteria = new CheckboxGroup<>(getTranslation("case.criteria"), DecisionCriterion.values());
        criteria.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        criteria.setValue(current.criteria().isEmpty() ? EnumSet.noneOf(DecisionCriterion.class) : EnumSet.copyOf(current.criteria()));
        TextArea comment = new TextArea(getTranslation("case.comment"));
        comment.setWidthFull();
        FormLayout form = new FormLayout(level, model, criteria, comment);
        form.setColspan(criteria, 2);
        form.setColspan(comment, 2);
        dialog.add(form);
        Button decide = new Button(getTranslation("case.decide.do"), e -> {
            try {
                cases.decide(current.id(), current.version(),
                        new CaseDecision(level.getValue(), model.getValue(), criteria.getValue(), comment.getValue()));
                dialog.close();
                Notifications.success(getTranslation("case.moved", getTranslation(CaseStage.IN_DEPTH_ASSESSMENT.messageKey())));
                reload();
            } catch (BusinessException ex) {
                Notifications.error(Notifications.text(this, ex));
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), decide);
        dialog.open();
    }

    @Override
    public String viewTitle() {
        return (current == null ? getTranslation("menu.cases") : current.familyName());
    }
}
