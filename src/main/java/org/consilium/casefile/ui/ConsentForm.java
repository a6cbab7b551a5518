package org.consilium.casefile.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.EnumSet;
import org.consilium.agency.AgencyType;
import org.consilium.base.ui.EditDialog;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.ConsentDetails;

/** Records the family's consent from the signed paper: who signed, the kinds of agency, from and until when. */
class ConsentForm extends EditDialog<ConsentDetails> {

    final ComboBox<String> member = new ComboBox<>();
    final CheckboxGroup<AgencyType> agencyTypes = new CheckboxGroup<>();
    final DatePicker signedOn = new DatePicker();
    final DatePicker validUntil = new DatePicker();

    ConsentForm(CaseSharing sharing, LocalDate today) {
        super(ConsentDetails.class, null, 0, ConsentDetails.signedOn(today), "sharing.consent.record");
        member.setLabel(getTranslation("sharing.consent.member"));
        member.setItems(sharing.familyMembers());
        member.setRequiredIndicatorVisible(true);
        agencyTypes.setLabel(getTranslation("sharing.consent.types"));
        agencyTypes.setItems(EnumSet.complementOf(EnumSet.of(AgencyType.SOCIAL_SERVICES)));
        agencyTypes.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        DateFields.consentDate(signedOn, "sharing.consent.signedOn").setMax(today);
        DateFields.consentDate(validUntil, "sharing.consent.validUntil");
        bindFields();
        FormLayout form = new FormLayout(member, agencyTypes, signedOn, validUntil);
        form.setColspan(agencyTypes, 2);
        add(form);
    }
}
