package org.consilium.workspace.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.EditDialog;
import org.consilium.calendar.Holiday;
import org.consilium.calendar.HolidayDetails;

/** A dialog to list a holiday: its date and its name. */
class HolidayForm extends EditDialog<HolidayDetails> {

    final DatePicker day = new DatePicker();
    final TextField name = new TextField();

    HolidayForm() {
        super(HolidayDetails.class, null, 0, new HolidayDetails(), "calendar.holiday.add");
        Dates.labelled(day, "calendar.holiday.day").setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("calendar.holiday.name"));
        name.setMaxLength(Holiday.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        bindFields();
        FormLayout form = new FormLayout(day, name);
        form.setColspan(name, 2);
        add(form);
    }
}
