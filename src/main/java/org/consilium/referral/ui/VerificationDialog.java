package org.consilium.referral.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.referral.FamilyContact;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.Verification;
import org.consilium.referral.VerificationDetails;
import org.consilium.referral.VerificationOutcome;

/**
 * What intake checked while verifying a referral: whom it asked, whether the family was reached and
 * on which day, the outcome and a note. It can be saved as the checking goes on; ticking "finished"
 * marks the referral verified, which the service refuses without the outcome (shown at that field).
 */
class VerificationDialog extends EditDialog<VerificationDetails> {

    final TextArea sources = new TextArea();
    final RadioButtonGroup<FamilyContact> familyContact = new RadioButtonGroup<>();
    final DatePicker contactedOn = new DatePicker();
    final RadioButtonGroup<VerificationOutcome> outcome = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Checkbox markVerified = new Checkbox();

    /**
     * @param referral the referral being verified, at the version it was read
     * @param today    the latest day of contact
     */
    VerificationDialog(Referral referral, LocalDate today) {
        super(VerificationDetails.class, referral.getId(), referral.getVersion(), VerificationDetails.of(referral),
                "referral.verification.title");
        setWidth("min(44rem, 95vw)");
        boolean verified = referral.getStatus() == ReferralStatus.VERIFIED;
        sources.setLabel(getTranslation("referral.verification.sources"));
        sources.setHelperText(getTranslation("referral.verification.sources.help"));
        sources.setMaxLength(Verification.SOURCES_MAX);
        familyContact.setLabel(getTranslation("referral.verification.familyContact"));
        familyContact.setItems(FamilyContact.values());
        familyContact.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        Dates.labelled(contactedOn, "referral.verification.contactedOn");
        Dates.notAfter(contactedOn, today, getTranslation("referral.verification.contactedOn.future"));
        contactedOn.setHelperText(getTranslation("referral.verification.contactedOn.help"));
        outcome.setLabel(getTranslation("referral.verification.outcome"));
        outcome.setItems(VerificationOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        note.setLabel(getTranslation("referral.verification.note"));
        note.setMaxLength(Verification.NOTE_MAX);
        markVerified.setLabel(getTranslation("referral.verification.markVerified"));
        // A verified referral stays verified: its record may be corrected, its outcome not dropped.
        markVerified.setVisible(!verified);
        bindFields();
        showRequired();
        familyContact.addValueChangeListener(e -> {
            if (e.getValue() != FamilyContact.REACHED) {
                // A day of contact belongs only to a family that was reached; the service refuses it otherwise.
                contactedOn.clear();
            }
            showRequired();
        });
        markVerified.addValueChangeListener(e -> showRequired());

        FormLayout form = new FormLayout(sources, familyContact, contactedOn, outcome, note, markVerified);
        form.setColspan(sources, 2);
        form.setColspan(outcome, 2);
        form.setColspan(note, 2);
        form.setColspan(markVerified, 2);
        add(new Paragraph(getTranslation(verified ? "referral.verification.help.verified" : "referral.verification.help")),
                form);
    }

    /** The day of contact only for a reached family; the outcome required once the checking is finished. */
    private void showRequired() {
        boolean reached = familyContact.getValue() == FamilyContact.REACHED;
        contactedOn.setEnabled(reached);
        contactedOn.setRequiredIndicatorVisible(reached);
        outcome.setRequiredIndicatorVisible(markVerified.getValue() || !markVerified.isVisible());
    }
}
