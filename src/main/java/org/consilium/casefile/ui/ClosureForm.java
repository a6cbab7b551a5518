package org.consilium.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.FamilyCase;

/**
 * Closes a case: first what the case set out to do and where it got (the initial request, and what
 * other modules add: the goals with their last ratings, the closing meeting), then the reason from the
 * list, in words for "other", and the outcome, "before" and "after". Closing plans the follow-up
 * contacts, which the dialog says.
 */
class ClosureForm extends EditDialog<ClosureDetails> {

    final Select<ClosureReason> closureReason = new Select<>();
    final TextArea closureNote = new TextArea();
    final TextArea closureOutcome = new TextArea();
    final Div before = new Div();

    ClosureForm(CaseSheet c, CaseSheets sheets, List<ClosureEvidence> evidence, List<Integer> followUpMonths) {
        super(ClosureDetails.class, c.id(), c.version(), new ClosureDetails(), "case.action.close");
        setHeaderTitle(getTranslation("case.action.close", getTranslation(CaseStage.CLOSURE.messageKey())));
        setWidth("min(60rem, 95vw)");
        save.setText(getTranslation("case.close.do"));
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);

        before.addClassName("closure-before");
        before.add(new H3(getTranslation("case.close.before")), new Paragraph(getTranslation("case.close.before.help")));
        InitialRequestPanel request = new InitialRequestPanel(sheets, c.id());
        before.add(request);
        for (ClosureEvidence e : evidence) {
            e.create(c.id()).ifPresent(before::add);
        }

        closureReason.setLabel(getTranslation("case.closureReason"));
        closureReason.setItems(ClosureReason.values());
        closureReason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        closureReason.setEmptySelectionAllowed(false);
        closureReason.setRequiredIndicatorVisible(true);
        closureNote.setLabel(getTranslation("case.closureNote"));
        closureNote.setMaxLength(FamilyCase.CLOSURE_REASON_MAX);
        closureNote.setWidthFull();
        closureReason.addValueChangeListener(e -> noteNeeded(e.getValue()));
        closureOutcome.setLabel(getTranslation("case.closureOutcome"));
        closureOutcome.setHelperText(getTranslation("case.closureOutcome.help"));
        closureOutcome.setRequiredIndicatorVisible(true);
        closureOutcome.setMaxLength(FamilyCase.CLOSURE_OUTCOME_MAX);
        closureOutcome.setWidthFull();
        bindFields();
        noteNeeded(null);
        FormLayout form = new FormLayout(closureReason, closureNote, closureOutcome);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Component schedule = new Paragraph(followUpMonths.isEmpty() ? getTranslation("case.close.noFollowUp")
                : getTranslation("case.close.followUps", followUpMonths.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse(""), followUpMonths.getLast()));
        add(before, new H3(getTranslation("case.close.decision")), form, schedule);
    }

    /** "Other" is explained in words; for a listed reason the words are an optional comment. */
    private void noteNeeded(ClosureReason reason) {
        boolean needed = reason != null && reason.needsNote();
        closureNote.setRequiredIndicatorVisible(needed);
        closureNote.setHelperText(getTranslation(needed ? "case.closureNote.required" : "case.closureNote.optional"));
    }
}
