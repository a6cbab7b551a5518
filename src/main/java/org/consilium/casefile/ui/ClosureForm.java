package org.consilium.casefile.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.FamilyCase;

/** Closes a case with the reason and the outcome, "before" and "after". */
class ClosureForm extends EditDialog<ClosureDetails> {

    final TextArea closureReason = new TextArea();
    final TextArea closureOutcome = new TextArea();

    ClosureForm(CaseSheet c) {
        super(ClosureDetails.class, c.id(), c.version(), new ClosureDetails(), "case.action.close");
        setHeaderTitle(getTranslation("case.action.close", getTranslation(CaseStage.CLOSURE.messageKey())));
        save.setText(getTranslation("case.close.do"));
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        closureReason.setLabel(getTranslation("case.closureReason"));
        closureReason.setRequiredIndicatorVisible(true);
        closureReason.setMaxLength(FamilyCase.CLOSURE_REASON_MAX);
        closureReason.setWidthFull();
        closureOutcome.setLabel(getTranslation("case.closureOutcome"));
        closureOutcome.setHelperText(getTranslation("case.closureOutcome.help"));
        closureOutcome.setRequiredIndicatorVisible(true);
        closureOutcome.setMaxLength(FamilyCase.CLOSURE_OUTCOME_MAX);
        closureOutcome.setWidthFull();
        bindFields();
        add(new FormLayout(closureReason, closureOutcome));
    }
}
