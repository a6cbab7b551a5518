package org.consilium.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Collection;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.SignatureDetails;

/** The family's signature on the paper plan: one of its members (or another name typed in), and the day. */
class SignatureForm extends EditDialog<SignatureDetails> {

    final ComboBox<String> signedBy = new ComboBox<>();
    final DatePicker signedOn = new DatePicker();

    SignatureForm(PlanSheet plan, Collection<String> memberNames, LocalDate today) {
        super(SignatureDetails.class, plan.planId(), plan.version(), new SignatureDetails(today), "plan.action.recordSignature");
        signedBy.setLabel(getTranslation("plan.signedBy"));
        signedBy.setItems(memberNames);
        signedBy.setAllowCustomValue(true);
        signedBy.addCustomValueSetListener(e -> signedBy.setValue(e.getDetail()));
        Dates.labelled(signedOn, "plan.signedOn");
        Dates.notAfter(signedOn, today, getTranslation("plan.signedOn.future"));
        bindFields();
        add(new Paragraph(getTranslation("plan.recordSignature.help")), new FormLayout(signedBy, signedOn));
    }
}
