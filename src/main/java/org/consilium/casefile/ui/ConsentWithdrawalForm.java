package org.consilium.casefile.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.ConsentDetails;

/** Records the day from which the family withdrew a consent (not in the future). */
class ConsentWithdrawalForm extends EditDialog<ConsentDetails> {

    final DatePicker withdrawnOn = new DatePicker();

    ConsentWithdrawalForm(CaseSharing.Consent consent, LocalDate today) {
        super(ConsentDetails.class, consent.id(), consent.version(), ConsentDetails.withdrawnOn(today),
                "sharing.consent.withdraw");
        DateFields.consentDate(withdrawnOn, "sharing.consent.withdrawnOn").setMax(today);
        bindFields();
        add(new Paragraph(consent.memberName()), withdrawnOn);
    }
}
