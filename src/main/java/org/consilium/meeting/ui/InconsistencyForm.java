package org.consilium.meeting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.meeting.Inconsistency;

/** Records an inconsistency between agencies: what does not agree, which agency settles it, by when. */
class InconsistencyForm extends EditDialog<InconsistencyForm.Details> {

    /** The form's bean; field names match the refusals of {@link Inconsistency}. */
    public static class Details {
        private String description;
        private Long owner;
        private LocalDate dueOn;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Long getOwner() { return owner; }
        public void setOwner(Long owner) { this.owner = owner; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    }

    final TextArea description = new TextArea();
    final ComboBox<Long> owner = new ComboBox<>();
    final DatePicker dueOn = new DatePicker();

    InconsistencyForm(Map<Long, String> agencies, LocalDate today) {
        super(Details.class, null, 0, initial(today), "meeting.inconsistency.title");
        save.setText(getTranslation("meeting.inconsistency.record"));
        description.setLabel(getTranslation("meeting.inconsistency.description"));
        description.setHelperText(getTranslation("meeting.inconsistency.description.help"));
        description.setMaxLength(Inconsistency.TEXT_MAX);
        owner.setLabel(getTranslation("meeting.inconsistency.owner"));
        owner.setItems(List.copyOf(agencies.keySet()));
        owner.setItemLabelGenerator(id -> agencies.getOrDefault(id, ""));
        Dates.labelled(dueOn, "meeting.inconsistency.dueOn");
        Dates.notBefore(dueOn, today, getTranslation("meeting.inconsistency.dueOn.past"));
        binder.forField(description).bind(Inconsistency.DESCRIPTION);
        binder.forField(owner).bind(Inconsistency.OWNER);
        binder.forField(dueOn).bind(Inconsistency.DUE_ON);
        binder.readBean(details());
        FormLayout form = new FormLayout(description, owner, dueOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    private static Details initial(LocalDate today) {
        Details d = new Details();
        d.setDueOn(today.plusDays(14));
        return d;
    }
}
