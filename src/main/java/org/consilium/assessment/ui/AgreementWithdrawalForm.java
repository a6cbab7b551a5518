package org.consilium.assessment.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.assessment.AgreementSheet;
import org.consilium.assessment.AgreementWithdrawalDetails;
import org.consilium.assessment.CooperationAgreement;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;

/**
 * The family's withdrawal from an agreement: from which day (not before it was signed, not in the
 * future) and why. Its primary button leads to a confirmation before anything is saved.
 */
class AgreementWithdrawalForm extends EditDialog<AgreementWithdrawalDetails> {

    final DatePicker withdrawnOn = new DatePicker();
    final TextArea reason = new TextArea();

    AgreementWithdrawalForm(AgreementSheet.Agreement agreement, LocalDate today) {
        super(AgreementWithdrawalDetails.class, agreement.id(), agreement.version(),
                new AgreementWithdrawalDetails(today, ""), "assessment.agreement.withdraw.title");
        save.setText(getTranslation("assessment.agreement.withdraw.continue"));
        Dates.labelled(withdrawnOn, "assessment.agreement.withdrawnOn");
        Dates.notBefore(withdrawnOn, agreement.signedOn(), getTranslation("assessment.agreement.withdrawnBeforeSigned",
                Formats.date(agreement.signedOn(), getLocale())));
        Dates.notAfter(withdrawnOn, today, getTranslation("assessment.agreement.withdrawnInFuture"));
        withdrawnOn.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("assessment.agreement.withdrawalReason"));
        reason.setMaxLength(CooperationAgreement.REASON_MAX);
        reason.setWidthFull();
        bindFields();
        add(new Paragraph(getTranslation("assessment.agreement.withdraw.help")), withdrawnOn, reason);
    }
}
