package org.consilium.referral.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.consilium.agency.Agency;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.referral.Channel;
import org.consilium.referral.ProblemArea;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralDetails;
import org.consilium.referral.SourceType;
import org.consilium.referral.Urgency;

/**
 * A referral as it arrives. Intake fills in the source and channel; a partner agency reporting from
 * its home ({@code agencies} empty) only says whom it concerns, why, and how urgent it is.
 */
class ReferralForm extends EditDialog<ReferralDetails> {

    final RadioButtonGroup<SourceType> sourceType = new RadioButtonGroup<>();
    final ComboBox<Agency> sourceAgency = new ComboBox<>();
    final TextField sourcePerson = new TextField();
    final ComboBox<Channel> channel = new ComboBox<>();
    final DateTimePicker received = new DateTimePicker();
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    final TextArea peopleConcerned = new TextArea();
    final TextArea description = new TextArea();
    final CheckboxGroup<ProblemArea> reasons = new CheckboxGroup<>();
    final TextField reasonText = new TextField();

    ReferralForm(List<Agency> agencies, boolean byIntake) {
        super(ReferralDetails.class, null, 0, new ReferralDetails(), byIntake ? "referral.new" : "referral.report");
        setWidth("min(56rem, 100%)");
        sourceType.setLabel(getTranslation("referral.sourceType"));
        sourceType.setItems(SourceType.values());
        sourceType.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sourceAgency.setLabel(getTranslation("referral.sourceAgency"));
        sourceAgency.setItems(agencies);
        sourceAgency.setItemLabelGenerator(Agency::getName);
        sourcePerson.setLabel(getTranslation("referral.sourcePerson"));
        sourcePerson.setMaxLength(Referral.PERSON_MAX);
        channel.setLabel(getTranslation("referral.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        received.setLabel(getTranslation("referral.receivedAt"));
        received.setLocale(getLocale());
        received.setDatePickerI18n(Dates.calendar(received, getLocale()));
        received.setHelperText(getTranslation("referral.receivedAt.help"));
        urgency.setLabel(getTranslation("referral.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
        urgency.setRequiredIndicatorVisible(true);
        peopleConcerned.setLabel(getTranslation("referral.peopleConcerned"));
        peopleConcerned.setHelperText(getTranslation("referral.peopleConcerned.help"));
        peopleConcerned.setMaxLength(Referral.PEOPLE_MAX);
        peopleConcerned.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("referral.description"));
        description.setMaxLength(Referral.DESCRIPTION_MAX);
        description.setRequiredIndicatorVisible(true);
        description.setMinHeight("8rem");
        reasons.setLabel(getTranslation("referral.reasons"));
        reasons.setItems(ProblemArea.values());
        reasons.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        reasonText.setLabel(getTranslation("referral.reasonText"));
        reasonText.setMaxLength(Referral.REASON_TEXT_MAX);

        // Bound by the property's name, so that the service's refusal of a future time is shown here.
        binder.forField(received)
                .withConverter(Converter.<LocalDateTime, Instant>from(
                        v -> Result.ok(v == null ? null : v.atZone(ZoneId.systemDefault()).toInstant()),
                        i -> i == null ? null : LocalDateTime.ofInstant(i, ZoneId.systemDefault())))
                .bind(ReferralDetails.RECEIVED_AT);
        bindFields();
        sourceType.addValueChangeListener(e -> showSourceFields());

        FormLayout form = new FormLayout();
        if (byIntake) {
            form.add(sourceType, channel, sourceAgency, sourcePerson, received);
        }
        form.add(urgency, peopleConcerned, description, reasons, reasonText);
        form.setColspan(peopleConcerned, 2);
        form.setColspan(description, 2);
        form.setColspan(reasons, 2);
        form.setColspan(reasonText, 2);
        add(form);
        showSourceFields();
    }

    private void showSourceFields() {
        boolean agency = sourceType.getValue() == SourceType.AGENCY;
        sourceAgency.setVisible(agency);
        sourcePerson.setVisible(!agency);
    }
}
