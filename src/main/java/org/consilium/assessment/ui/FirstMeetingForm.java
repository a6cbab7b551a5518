package org.consilium.assessment.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consilium.base.ui.MultiSelects;
import org.consilium.assessment.CooperationMember;
import org.consilium.assessment.FirstMeeting;
import org.consilium.assessment.FirstMeetingDetails;
import org.consilium.assessment.FirstMeetingMotivation;
import org.consilium.assessment.FirstMeetingSheet;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;

/**
 * The first meeting with the family: when and where, who took part (the family's members chosen from
 * its list, anyone else written in), what the family says it needs, one need a line, and its motivation.
 */
class FirstMeetingForm extends EditDialog<FirstMeetingDetails> {

    final DatePicker metOn = new DatePicker();
    final TextField place = new TextField();
    final MultiSelectComboBox<Long> members = new MultiSelectComboBox<>();
    final TextField otherParticipants = new TextField();
    final TextArea needs = new TextArea();
    final RadioButtonGroup<FirstMeetingMotivation> motivation = new RadioButtonGroup<>();
    final TextArea motivationNote = new TextArea();

    /**
     * @param recorded the meeting to correct, or {@code null} to record it
     * @param family   the members of the case's family
     */
    FirstMeetingForm(FirstMeetingSheet recorded, List<CooperationMember> family, LocalDate today) {
        super(FirstMeetingDetails.class, recorded == null ? null : recorded.id(), recorded == null ? 0 : recorded.version(),
                recorded == null ? FirstMeetingDetails.heldOn(today) : FirstMeetingDetails.of(recorded),
                recorded == null ? "assessment.firstMeeting.record" : "assessment.firstMeeting.edit");
        setWidth("min(44rem, 95vw)");
        Dates.labelled(metOn, "assessment.firstMeeting.metOn");
        Dates.notAfter(metOn, today, getTranslation("assessment.firstMeeting.inFuture"));
        metOn.setRequiredIndicatorVisible(true);
        place.setLabel(getTranslation("assessment.firstMeeting.place"));
        place.setHelperText(getTranslation("assessment.firstMeeting.place.help"));
        place.setMaxLength(FirstMeeting.PLACE_MAX);
        Map<Long, String> names = new LinkedHashMap<>();
        family.forEach(m -> names.put(m.id(), m.fullName() + " (" + getTranslation(m.relation().messageKey()) + ")"));
        members.setLabel(getTranslation("assessment.firstMeeting.members"));
        members.setI18n(MultiSelects.i18n(this));
        members.setItems(names.keySet());
        members.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        otherParticipants.setLabel(getTranslation("assessment.firstMeeting.otherParticipants"));
        otherParticipants.setHelperText(getTranslation("assessment.firstMeeting.otherParticipants.help"));
        otherParticipants.setMaxLength(FirstMeeting.OTHERS_MAX);
        needs.setLabel(getTranslation("assessment.firstMeeting.needs"));
        needs.setHelperText(getTranslation("assessment.firstMeeting.needs.help"));
        needs.setMaxLength(FirstMeeting.NEEDS_MAX);
        motivation.setLabel(getTranslation("assessment.firstMeeting.motivation"));
        motivation.setItems(FirstMeetingMotivation.values());
        motivation.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        motivation.setRequiredIndicatorVisible(true);
        motivationNote.setLabel(getTranslation("assessment.firstMeeting.motivationNote"));
        motivationNote.setHelperText(getTranslation("assessment.firstMeeting.motivationNote.help"));
        motivationNote.setMaxLength(FirstMeeting.NOTE_MAX);
        bindFields();

        FormLayout form = new FormLayout(metOn, place, members, otherParticipants, needs, motivation, motivationNote);
        form.setColspan(members, 2);
        form.setColspan(otherParticipants, 2);
        form.setColspan(needs, 2);
        form.setColspan(motivation, 2);
        form.setColspan(motivationNote, 2);
        add(form);
    }
}
