package org.consilium.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consilium.assessment.AgreementDetails;
import org.consilium.assessment.CooperationAgreement;
import org.consilium.assessment.CooperationMember;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;

/**
 * A cooperation agreement signed on paper: the day, the adult of the family who signed it (chosen by
 * id, two people may share a name), what each side undertakes, and until when it holds.
 */
class AgreementForm extends EditDialog<AgreementDetails> {

    final DatePicker signedOn = new DatePicker();
    final ComboBox<Long> signerId = new ComboBox<>();
    final TextArea familyUndertakes = new TextArea();
    final TextArea serviceUndertakes = new TextArea();
    final DatePicker validUntil = new DatePicker();

    /** @param signers the adults of the case's family */
    AgreementForm(List<CooperationMember> signers, LocalDate today) {
        super(AgreementDetails.class, null, 0, AgreementDetails.signedOn(today), "assessment.agreement.sign");
        setWidth("min(44rem, 95vw)");
        Dates.labelled(signedOn, "assessment.agreement.signedOn");
        Dates.notAfter(signedOn, today, getTranslation("assessment.agreement.signedInFuture"));
        signedOn.setRequiredIndicatorVisible(true);
        Map<Long, String> names = new LinkedHashMap<>();
        signers.forEach(m -> names.put(m.id(), m.fullName() + " (" + getTranslation(m.relation().messageKey()) + ")"));
        signerId.setLabel(getTranslation("assessment.agreement.signer"));
        signerId.setHelperText(getTranslation("assessment.agreement.signer.help"));
        signerId.setItems(names.keySet());
        signerId.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        if (names.size() == 1) {
            details().setSignerId(names.keySet().iterator().next());
        }
        familyUndertakes.setLabel(getTranslation("assessment.agreement.familyUndertakes"));
        familyUndertakes.setMaxLength(CooperationAgreement.UNDERTAKING_MAX);
        serviceUndertakes.setLabel(getTranslation("assessment.agreement.serviceUndertakes"));
        serviceUndertakes.setMaxLength(CooperationAgreement.UNDERTAKING_MAX);
        Dates.labelled(validUntil, "assessment.agreement.validUntil");
        validUntil.setRequiredIndicatorVisible(true);
        bindFields();

        FormLayout form = new FormLayout(signedOn, signerId, familyUndertakes, serviceUndertakes, validUntil);
        form.setColspan(familyUndertakes, 2);
        form.setColspan(serviceUndertakes, 2);
        add(form);
    }
}
