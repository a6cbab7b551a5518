package org.consilium.referral.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.consilium.base.ui.EditDialog;
import org.consilium.referral.DeclineDetails;
import org.consilium.referral.Referral;

/** Declines a referral: the reason, kept on it, and another service the family was sent to, if any. */
class DeclineDialog extends EditDialog<DeclineDetails> {

    final TextArea declineReason = new TextArea();
    final TextField redirectedTo = new TextField();

    /** @param referral the referral to decline, at the version it was read */
    DeclineDialog(Referral referral) {
        super(DeclineDetails.class, referral.getId(), referral.getVersion(), new DeclineDetails(), "referral.decline");
        save.setText(getTranslation("referral.decline"));
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        declineReason.setLabel(getTranslation("referral.declineReason"));
        declineReason.setMaxLength(Referral.DECLINE_REASON_MAX);
        declineReason.setRequiredIndicatorVisible(true);
        redirectedTo.setLabel(getTranslation("referral.redirectTo"));
        redirectedTo.setMaxLength(Referral.REDIRECT_MAX);
        bindFields();

        FormLayout form = new FormLayout(declineReason, redirectedTo);
        form.setColspan(declineReason, 2);
        form.setColspan(redirectedTo, 2);
        add(form);
    }
}
