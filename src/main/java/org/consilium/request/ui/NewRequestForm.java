package org.consilium.request.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.request.InformationRequest;
import org.consilium.request.Repeat;
import org.consilium.request.RequestDetails;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestQuestion;
import org.consilium.request.SendOptions;

/**
 * The curator's form to send a request: about whom (a child or the whole family), what kind, to which
 * agency (proposed from the child's school or the family's district), the questions, the period, by
 * when, and whether it repeats. Without the family's consent for the agency's type it asks for the
 * legal basis, which a supervisor reviews.
 */
class NewRequestForm extends EditDialog<RequestDetails> {

    final ComboBox<Long> member = new ComboBox<>();
    final Select<RequestKind> kind = new Select<>();
    final ComboBox<SendOptions.AgencyOption> agency = new ComboBox<>();
    final CheckboxGroup<RequestQuestion> questions = new CheckboxGroup<>();
    final TextArea questionsText = new TextArea();
    final DatePicker periodFrom = new DatePicker();
    final DatePicker periodTo = new DatePicker();
    final DatePicker dueOn = new DatePicker();
    final Paragraph consent = new Paragraph();
    final TextArea legalBasis = new TextArea();
    final Select<Repeat> repeat = new Select<>();
    final Checkbox untilPlanEnds = new Checkbox();
    final DatePicker repeatUntil = new DatePicker();
    final ComboBox<String> goal = new ComboBox<>();

    private final SendOptions options;

    NewRequestForm(SendOptions options, LocalDate today) {
        super(RequestDetails.class, null, 0, initial(options, today), "request.send.title");
        this.options = options;
        setWidth("min(46rem, 95vw)");
        save.setText(getTranslation("request.send.confirm"));
        member.setLabel(getTranslation("request.field.member"));
        member.setItems(options.members().stream().map(SendOptions.Member::id).toList());
        member.setItemLabelGenerator(this::memberLabel);
        member.setPlaceholder(getTranslation("request.field.member.wholeFamily"));
        member.setHelperText(getTranslation("request.field.member.help"));
        member.setClearButtonVisible(true);
        kind.setLabel(getTranslation("request.field.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        agency.setLabel(getTranslation("request.field.agency"));
        agency.setItemLabelGenerator(a -> a.name() + (a.district() == null || a.district().isBlank() ? "" : " (" + a.district() + ")"));
        questions.setLabel(getTranslation("request.field.questions"));
        questions.setItemLabelGenerator(q -> getTranslation(q.messageKey()));
        questionsText.setLabel(getTranslation("request.field.questionsText"));
        questionsText.setMaxLength(InformationRequest.QUESTIONS_TEXT_MAX);
        Dates.labelled(periodFrom, "request.field.periodFrom");
        Dates.labelled(periodTo, "request.field.periodTo");
        Dates.labelled(dueOn, "request.field.dueOn");
        Dates.notBefore(dueOn, today, getTranslation("request.dueOn.past"));
        consent.addClassName("request-consent");
        legalBasis.setLabel(getTranslation("request.field.legalBasis"));
        legalBasis.setHelperText(getTranslation("request.field.legalBasis.help", InformationRequest.LEGAL_BASIS_MIN));
        legalBasis.setMaxLength(InformationRequest.LEGAL_BASIS_MAX);
        repeat.setLabel(getTranslation("request.field.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        untilPlanEnds.setLabel(getTranslation("request.field.untilPlanEnds"));
        untilPlanEnds.setEnabled(options.planEndsOn() != null);
        Dates.labelled(repeatUntil, "request.field.repeatUntil");
        goal.setLabel(getTranslation("request.field.goal"));
        goal.setHelperText(getTranslation("request.field.goal.help"));
        goal.setItems(options.goals().stream().map(SendOptions.Goal::key).toList());
        goal.setItemLabelGenerator(k -> options.goals().stream().filter(g -> g.key().equals(k))
                .map(SendOptions.Goal::statement).findFirst().orElse(""));
        goal.setClearButtonVisible(true);

        kind.addValueChangeListener(e -> kindChosen(e.getValue(), e.isFromClient()));
        member.addValueChangeListener(e -> proposeAgency());
        agency.addValueChangeListener(e -> showBasis());
        repeat.addValueChangeListener(e -> showRepeat());
        untilPlanEnds.addValueChangeListener(e -> repeatUntil.setEnabled(!e.getValue()));

        binder.forField(member).bind(RequestDetails.MEMBER);
        binder.forField(kind).bind(RequestDetails.KIND);
        binder.forField(agency).withConverter(a -> a == null ? null : a.id(),
                id -> options.agencies().stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null))
                .bind(RequestDetails.AGENCY);
        binder.forField(questions).bind(RequestDetails.QUESTIONS);
        binder.forField(questionsText).bind(RequestDetails.QUESTIONS_TEXT);
        binder.forField(periodFrom).bind(RequestDetails.PERIOD_FROM);
        binder.forField(periodTo).bind(RequestDetails.PERIOD_TO);
        binder.forField(dueOn).bind(RequestDetails.DUE_ON);
        binder.forField(legalBasis).bind(RequestDetails.LEGAL_BASIS);
        binder.forField(repeat).bind(RequestDetails.REPEAT);
        binder.forField(untilPlanEnds).bind("untilPlanEnds");
        binder.forField(repeatUntil).bind(RequestDetails.REPEAT_UNTIL);
        binder.forField(goal).bind(RequestDetails.GOAL);
        binder.readBean(details());
        kindChosen(kind.getValue(), false);

        FormLayout form = new FormLayout(member, kind, agency, questions, questionsText, periodFrom, periodTo, dueOn,
                consent, legalBasis, repeat, untilPlanEnds, repeatUntil, goal);
        for (var wide : List.of(agency, questions, questionsText, consent, legalBasis, goal)) {
            form.setColspan(wide, 2);
        }
        add(form);
    }

    private static RequestDetails initial(SendOptions options, LocalDate today) {
        RequestDetails d = new RequestDetails();
        d.setKind(RequestKind.SCHOOL_CHARACTERISATION);
        options.members().stream().filter(SendOptions.Member::child).findFirst().ifPresent(m -> d.setMemberId(m.id()));
        d.setQuestions(EnumSet.copyOf(RequestQuestion.of(RequestKind.SCHOOL_CHARACTERISATION)));
        d.setPeriodFrom(today.minusMonths(3));
        d.setPeriodTo(today);
        d.setDueOn(options.defaultDueOn().get(RequestKind.SCHOOL_CHARACTERISATION));
        options.propose(d.getKind(), d.getMemberId()).ifPresent(a -> d.setAgencyId(a.id()));
        return d;
    }

    private String memberLabel(Long id) {
        return options.members().stream().filter(m -> m.id() == id).findFirst()
                .map(m -> m.fullName() + (m.schoolClass() == null ? "" : ", " + getTranslation("request.class", m.schoolClass())))
                .orElse("");
    }

    /** A kind offers its agencies and standard questions, all ticked, and its usual due date. */
    private void kindChosen(RequestKind chosen, boolean byUser) {
        List<SendOptions.AgencyOption> fitting = options.agencies().stream()
                .filter(a -> chosen == null || chosen.fits(a.type())).toList();
        SendOptions.AgencyOption kept = agency.getValue();
        agency.setItems(fitting);
        agency.setValue(kept != null && fitting.contains(kept) ? kept : null);
        List<RequestQuestion> standard = chosen == null ? List.of() : RequestQuestion.of(chosen);
        questions.setItems(standard);
        questions.setVisible(!standard.isEmpty());
        if (byUser) {
            questions.setValue(Set.copyOf(standard));
            dueOn.setValue(options.defaultDueOn().get(chosen));
            proposeAgency();
        } else {
            questions.setValue(Set.copyOf(details().getQuestions().stream().filter(standard::contains).toList()));
        }
        showBasis();
        showRepeat();
    }

    private void proposeAgency() {
        options.propose(kind.getValue(), member.getValue()).ifPresent(agency::setValue);
    }

    /** Says whether the family's consent covers the chosen agency; without it the legal basis is asked. */
    private void showBasis() {
        SendOptions.AgencyOption a = agency.getValue();
        boolean consented = a != null && options.consented(a.type());
        consent.setVisible(a != null);
        consent.setText(a == null ? "" : getTranslation(consented ? "request.basis.consented" : "request.basis.notConsented",
                getTranslation(a.type().messageKey())));
        legalBasis.setVisible(a != null && !consented);
    }

    /** A repeating request covers one week or month after another, until a date or the plan's end. */
    private void showRepeat() {
        boolean repeats = repeat.getValue() != null && repeat.getValue() != Repeat.NONE;
        periodTo.setEnabled(!repeats);
        untilPlanEnds.setVisible(repeats);
        repeatUntil.setVisible(repeats);
        repeatUntil.setEnabled(!untilPlanEnds.getValue());
        if (repeats && options.planEndsOn() != null) {
            untilPlanEnds.setLabel(getTranslation("request.field.untilPlanEnds.on",
                    Formats.date(options.planEndsOn(), getLocale())));
        }
    }
}
