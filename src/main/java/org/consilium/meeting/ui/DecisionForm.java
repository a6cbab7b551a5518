package org.consilium.meeting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;
import org.consilium.meeting.DecisionDetails;
import org.consilium.meeting.DecisionKind;
import org.consilium.meeting.MeetingDecision;
import org.consilium.meeting.RoomOptions;
import org.consilium.referral.DeclineDetails;

/**
 * Records a decision on an agenda item: its kind, what was decided in words, and what the kind's rule
 * needs — the fields shown change with the kind. The rule itself decides; a refusal shows at its field
 * and nothing is recorded.
 */
class DecisionForm extends EditDialog<DecisionDetails> {

    final Select<DecisionKind> kind = new Select<>();
    final TextArea text = new TextArea();
    final Select<String> goalKey = new Select<>();
    final ComboBox<Long> agencyId = new ComboBox<>();
    final TextArea description = new TextArea();
    final DatePicker dueOn = new DatePicker();
    final Select<SupportLevel> level = new Select<>();
    final Select<CaseModel> model = new Select<>();
    final CheckboxGroup<DecisionCriterion> criteria = new CheckboxGroup<>();
    final ComboBox<Long> curatorId = new ComboBox<>();
    final Checkbox overloadConfirmed = new Checkbox();
    final Select<ClosureReason> closureReason = new Select<>();
    final TextArea closureNote = new TextArea();
    final TextArea closureOutcome = new TextArea();
    final TextArea declineReason = new TextArea();
    final TextField redirectedTo = new TextField();

    DecisionForm(RoomOptions.ForDecision options, LocalDate today, boolean closing) {
        super(DecisionDetails.class, null, 0, initial(options, closing), "meeting.decision.title",
                options.familyName() == null ? "" : options.familyName());
        setWidth("min(44rem, 95vw)");
        save.setText(getTranslation("meeting.decision.record"));
        kind.setLabel(getTranslation("meeting.decision.kind"));
        // Only the decisions the user may take: a supervisor's are not offered to a curator.
        List<DecisionKind> kinds = DecisionKind.forItem(options.caseId() != null, options.referralId() != null).stream()
                .filter(k -> options.supervisor() || !k.supervisorOnly()).toList();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        text.setLabel(getTranslation("meeting.decision.text"));
        text.setMaxLength(MeetingDecision.TEXT_MAX);
        goalKey.setLabel(getTranslation("meeting.decision.goal"));
        goalKey.setItems(List.copyOf(options.goals().keySet()));
        goalKey.setItemLabelGenerator(k -> k == null ? "" : options.goals().getOrDefault(k, ""));
        goalKey.setEmptySelectionAllowed(false);
        agencyId.setLabel(getTranslation("meeting.decision.agency"));
        agencyId.setItems(List.copyOf(options.agencies().keySet()));
        agencyId.setItemLabelGenerator(id -> options.agencies().getOrDefault(id, ""));
        description.setLabel(getTranslation("meeting.decision.task"));
        Dates.labelled(dueOn, "meeting.decision.dueOn");
        Dates.notBefore(dueOn, today, getTranslation("meeting.decision.dueOn.past"));
        level.setLabel(getTranslation("case.level"));
        level.setItems(SupportLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.messageKey()));
        model.setLabel(getTranslation("case.model"));
        model.setItems(CaseModel.values());
        model.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.messageKey()));
        criteria.setLabel(getTranslation("case.criteria"));
        criteria.setItems(DecisionCriterion.values());
        criteria.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        curatorId.setLabel(getTranslation("meeting.decision.curator"));
        List<CuratorLoad> anyModel = options.referralId() == null ? options.curators()
                : options.curatorsByModel().values().stream().findFirst().orElse(List.of());
        curatorId.setItems(anyModel.stream().map(CuratorLoad::curatorId).toList());
        curatorId.setItemLabelGenerator(id -> loads(options).stream().filter(c -> c.curatorId() == id).findFirst()
                .map(c -> getTranslation("meeting.decision.curatorLoad", c.fullName(), c.openCases(), c.norm())).orElse(""));
        // The norm depends on the model chosen: the curators' loads are shown against it.
        model.addValueChangeListener(e -> curatorId.getDataProvider().refreshAll());
        overloadConfirmed.setLabel(getTranslation("meeting.decision.overloadConfirmed"));
        closureReason.setLabel(getTranslation("case.closureReason"));
        // Declining support has its own reason; the others are the list a case closes with.
        closureReason.setItems(java.util.Arrays.stream(ClosureReason.values()).filter(r -> r != ClosureReason.NOT_TAKEN_ON).toList());
        closureReason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        closureReason.setEmptySelectionAllowed(false);
        closureNote.setLabel(getTranslation("case.closureNote"));
        closureOutcome.setLabel(getTranslation("case.closureOutcome"));
        declineReason.setLabel(getTranslation("meeting.decision.declineReason"));
        redirectedTo.setLabel(getTranslation("meeting.decision.redirectedTo"));

        binder.forField(kind).bind(DecisionDetails.KIND);
        binder.forField(text).bind(DecisionDetails.TEXT);
        binder.forField(goalKey).bind("goalKey");
        binder.forField(agencyId).bind("agencyId");
        binder.forField(description).bind("description");
        binder.forField(dueOn).bind("dueOn");
        binder.forField(level).bind(CaseDecision.LEVEL);
        binder.forField(model).bind(CaseDecision.MODEL);
        binder.forField(criteria).bind(CaseDecision.CRITERIA);
        binder.forField(curatorId).bind(CaseDecision.CURATOR);
        binder.forField(overloadConfirmed).bind("overloadConfirmed");
        binder.forField(closureReason).bind(ClosureDetails.CLOSURE_REASON);
        binder.forField(closureNote).bind(ClosureDetails.CLOSURE_NOTE);
        binder.forField(closureOutcome).bind(ClosureDetails.CLOSURE_OUTCOME);
        binder.forField(declineReason).bind(DeclineDetails.DECLINE_REASON);
        binder.forField(redirectedTo).bind(DeclineDetails.REDIRECTED_TO);
        binder.readBean(details());

        FormLayout form = new FormLayout(kind, text, goalKey, agencyId, description, dueOn, level, model, criteria,
                curatorId, overloadConfirmed, closureReason, closureNote, closureOutcome, declineReason, redirectedTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph help = new Paragraph(getTranslation("meeting.decision.help"));
        add(help, form);
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue(), options));
        showFieldsOf(kind.getValue(), options);
    }

    /** Only the fields the kind's rule needs are shown. */
    private void showFieldsOf(DecisionKind k, RoomOptions.ForDecision options) {
        Set<DecisionKind> task = EnumSet.of(DecisionKind.ADD_TASK);
        goalKey.setVisible(task.contains(k));
        agencyId.setVisible(task.contains(k));
        description.setVisible(task.contains(k));
        dueOn.setVisible(k == DecisionKind.ADD_TASK || k == DecisionKind.NEXT_REVIEW);
        dueOn.setLabel(getTranslation(k == DecisionKind.NEXT_REVIEW ? "meeting.decision.reviewOn" : "meeting.decision.dueOn"));
        boolean open = k == DecisionKind.OPEN_CASE || k == DecisionKind.OPEN_FROM_REFERRAL;
        level.setVisible(open);
        model.setVisible(open);
        criteria.setVisible(open);
        boolean curator = k == DecisionKind.CHANGE_CURATOR || k == DecisionKind.OPEN_FROM_REFERRAL;
        curatorId.setVisible(curator);
        overloadConfirmed.setVisible(curator);
        declineReason.setVisible(k == DecisionKind.DECLINE_REFERRAL);
        redirectedTo.setVisible(k == DecisionKind.DECLINE_REFERRAL);
        closureReason.setVisible(k == DecisionKind.CLOSE_CASE);
        closureNote.setVisible(k == DecisionKind.CLOSE_CASE || k == DecisionKind.DECLINE_CASE);
        closureNote.setLabel(getTranslation(k == DecisionKind.DECLINE_CASE ? "meeting.decision.declineCaseReason"
                : "case.closureNote"));
        closureOutcome.setVisible(k == DecisionKind.CLOSE_CASE);
        text.setRequiredIndicatorVisible(k == DecisionKind.NOTE);
    }

    /** The curators' loads against the norm of the model chosen (a referral), or of the case's model. */
    private List<CuratorLoad> loads(RoomOptions.ForDecision options) {
        if (options.referralId() == null) {
            return options.curators();
        }
        CaseModel chosen = model.getValue();
        return chosen == null ? options.curatorsByModel().values().stream().findFirst().orElse(List.of())
                : options.curatorsByModel().getOrDefault(chosen, List.of());
    }

    private static DecisionDetails initial(RoomOptions.ForDecision options, boolean closing) {
        DecisionDetails d = new DecisionDetails();
        d.setKind(options.caseId() == null ? DecisionKind.NOTE : closing ? DecisionKind.CLOSE_CASE : DecisionKind.NOTE);
        if (!options.goals().isEmpty()) {
            d.setGoalKey(options.goals().keySet().iterator().next());
        }
        return d;
    }
}
