package org.consilium.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.ui.ConfirmDialog;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.calendar.Holiday;
import org.consilium.calendar.WorkingDays;

/**
 * The holidays the administrator listed (decision 0018), each with its date in the user's language and
 * its name, with a way to add one and to remove one after confirming. Unlike the rules above it, each
 * change is saved at once.
 */
class HolidayList extends Div {

    final Button add = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    private final WorkingDays workingDays;

    HolidayList(WorkingDays workingDays) {
        this.workingDays = workingDays;
        addClassName("holidays");
        add.setText(getTranslation("calendar.holiday.add"));
        add.addClickListener(e -> openAddDialog());
        empty.setText(getTranslation("calendar.holidays.empty"));
        empty.addClassName("empty-state");
        list.addClassName("holiday-list");
        add(new H3(getTranslation("calendar.holidays")), new Paragraph(getTranslation("calendar.holidays.help")), empty,
                list, add);
        show();
    }

    /** Shows the holidays as they are now. */
    void show() {
        list.removeAll();
        List<Holiday> holidays = workingDays.holidays();
        empty.setVisible(holidays.isEmpty());
        for (Holiday h : holidays) {
            Span day = new Span(date(h.getDay()));
            day.addClassName("holiday-day");
            Button remove = new Button(getTranslation("calendar.holiday.remove"), e -> openRemoveDialog(h));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            ListItem item = new ListItem(day, new Span(h.getName()), remove);
            item.getElement().setAttribute("data-day", h.getDay().toString());
            list.add(item);
        }
    }

    HolidayForm openAddDialog() {
        HolidayForm form = new HolidayForm();
        form.addSaveListener(e -> form.submitAndReturn(() -> workingDays.addHoliday(form.details().getDay(),
                form.details().getName())).ifPresent(h -> {
                    show();
                    Notifications.success(getTranslation("calendar.holiday.added", date(h.getDay()), h.getName()));
                }));
        form.onReload(this::show);
        form.open();
        return form;
    }

    ConfirmDialog openRemoveDialog(Holiday h) {
        ConfirmDialog form = new ConfirmDialog("calendar.holiday.removeTitle",
                getTranslation("calendar.holiday.removeConfirm", date(h.getDay()), h.getName()), "calendar.holiday.remove")
                .dangerous();
        form.addSaveListener(e -> {
            if (form.submit(() -> workingDays.removeHoliday(h.getId(), h.getVersion()))) {
                show();
                Notifications.success(getTranslation("calendar.holiday.removed", date(h.getDay()), h.getName()));
            }
        });
        form.onReload(this::show);
        form.open();
        return form;
    }

    private String date(LocalDate day) {
        return Formats.date(day, getLocale());
    }
}
