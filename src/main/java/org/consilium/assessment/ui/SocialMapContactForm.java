package org.consilium.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.consilium.assessment.SocialMapContact;
import org.consilium.assessment.SocialMapContactDetails;
import org.consilium.assessment.SocialMapContactKind;
import org.consilium.assessment.SocialMapSheet;
import org.consilium.assessment.SocialMapStrength;
import org.consilium.base.ui.EditDialog;

/**
 * Adds a person or service to the family's support network on the social map, or changes one: who, how
 * strong or stressful the connection is, and with which member (none chosen: the whole family).
 */
class SocialMapContactForm extends EditDialog<SocialMapContactDetails> {

    final TextField name = new TextField();
    final ComboBox<SocialMapContactKind> kind = new ComboBox<>();
    final RadioButtonGroup<SocialMapStrength> strength = new RadioButtonGroup<>();
    final ComboBox<Long> member = new ComboBox<>();
    final TextArea note = new TextArea();

    /**
     * @param contact the entry to change, or {@code null} for a new one
     * @param members the map's members by id, labelled as the form shows them
     */
    SocialMapContactForm(SocialMapSheet.Contact contact, Map<Long, String> members) {
        super(SocialMapContactDetails.class, contact == null ? null : contact.id(), contact == null ? 0 : contact.version(),
                contact == null ? new SocialMapContactDetails() : SocialMapContactDetails.of(contact),
                contact == null ? "socialMap.contact.new" : "socialMap.contact.edit");
        name.setLabel(getTranslation("socialMap.contact.name"));
        name.setHelperText(getTranslation("socialMap.contact.name.help"));
        name.setMaxLength(SocialMapContact.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("socialMap.contact.kind"));
        kind.setItems(SocialMapContactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        strength.setLabel(getTranslation("socialMap.contact.strength"));
        strength.setItems(SocialMapStrength.values());
        strength.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        strength.setRequiredIndicatorVisible(true);
        member.setLabel(getTranslation("socialMap.contact.member"));
        member.setPlaceholder(getTranslation("socialMap.contact.wholeFamily"));
        member.setHelperText(getTranslation("socialMap.contact.member.help"));
        member.setItems(members.keySet());
        member.setItemLabelGenerator(id -> members.getOrDefault(id, ""));
        member.setClearButtonVisible(true);
        note.setLabel(getTranslation("socialMap.note"));
        note.setMaxLength(SocialMapContact.NOTE_MAX);
        bindFields();

        FormLayout form = new FormLayout(name, kind, member, strength, note);
        form.setColspan(name, 2);
        form.setColspan(strength, 2);
        form.setColspan(note, 2);
        add(form);
    }
}
