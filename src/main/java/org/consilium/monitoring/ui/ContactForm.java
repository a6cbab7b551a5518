package org.consilium.monitoring.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.ContactKind;
import org.consilium.monitoring.Contact;
import org.consilium.monitoring.ContactDetails;
import org.consilium.monitoring.ContactService;

/**
 * Records a contact with the family, or corrects one: when, how, who took part, what happened, the next
 * step; a new one can tick off the family's own tasks seen done at it.
 */
class ContactForm extends EditDialog<ContactDetails> {

    final DatePicker contactedOn = new DatePicker();
    final Select<ContactKind> kind = new Select<>();
    final TextField participants = new TextField();
    final TextArea notes = new TextArea();
    final TextField nextStep = new TextField();
    final DatePicker nextStepOn = new DatePicker();
    final CheckboxGroup<ContactService.FamilyTask> tasksDone = new CheckboxGroup<>();

    ContactForm(ContactService.Row existing, List<ContactService.FamilyTask> familyTasks, LocalDate today) {
        super(ContactDetails.class, existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                initial(existing, today), existing == null ? "contact.form.new" : "contact.form.change");
        setWidth("min(44rem, 95vw)");
        Dates.notAfter(Dates.labelled(contactedOn, "contact.contactedOn"), today,
                getTranslation("contact.contactedOn.future")).setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setEmptySelectionAllowed(false);
        kind.setRequiredIndicatorVisible(true);
        participants.setLabel(getTranslation("contact.participants"));
        participants.setHelperText(getTranslation("contact.participants.help"));
        participants.setMaxLength(Contact.PARTICIPANTS_MAX);
        participants.setRequiredIndicatorVisible(true);
        notes.setLabel(getTranslation("contact.notes"));
        notes.setMaxLength(Contact.NOTES_MAX);
        notes.setRequiredIndicatorVisible(true);
        notes.setWidthFull();
        nextStep.setLabel(getTranslation("contact.nextStep"));
        nextStep.setMaxLength(Contact.NEXT_STEP_MAX);
        Dates.labelled(nextStepOn, "contact.nextStepOn");
        bindFields();
        FormLayout form = new FormLayout(contactedOn, kind, participants, notes, nextStep, nextStepOn);
        form.setColspan(participants, 2);
        form.setColspan(notes, 2);
        add(form);
        if (!familyTasks.isEmpty()) {
            tasksDone.setLabel(getTranslation("contact.tasksDone.label"));
            tasksDone.setHelperText(getTranslation("contact.tasksDone.help"));
            tasksDone.setItems(familyTasks);
            tasksDone.setItemLabelGenerator(t -> t.description()
                    + (t.memberName() == null ? "" : " — " + t.memberName())
                    + (t.dueOn() == null ? "" : ", " + getTranslation("contact.task.due", Formats.date(t.dueOn(), getLocale()))));
            tasksDone.addValueChangeListener(e -> {
                Map<Long, Long> done = new LinkedHashMap<>();
                e.getValue().forEach(t -> done.put(t.id(), t.version()));
                details().setFamilyTasksDone(done);
            });
            add(tasksDone);
        }
    }

    private static ContactDetails initial(ContactService.Row r, LocalDate today) {
        ContactDetails d = new ContactDetails();
        if (r == null) {
            d.setContactedOn(today);
            return d;
        }
        d.setContactedOn(r.contactedOn());
        d.setKind(r.kind());
        d.setParticipants(r.participants());
        d.setNotes(r.notes());
        d.setNextStep(r.nextStep() == null ? "" : r.nextStep());
        d.setNextStepOn(r.nextStepOn());
        return d;
    }
}
