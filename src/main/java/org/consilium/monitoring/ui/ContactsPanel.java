package org.consilium.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.monitoring.ContactService;

/**
 * The contacts log on the case page, newest first: when, how, who took part, what happened, the next
 * step, and the family's tasks ticked off at it; with "Record a contact" and "Correct" for those who
 * may edit the case. An empty log says so.
 */
class ContactsPanel extends Div {

    final Button record = new Button();
    final UnorderedList list = new UnorderedList();
    private final ContactService contacts;
    private final Clock clock;
    private final long caseId;
    private ContactService.Log log;

    ContactsPanel(ContactService contacts, Clock clock, long caseId) {
        this.contacts = contacts;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("case-contacts");
        record.setText(getTranslation("contact.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addClickListener(e -> openForm(null));
        list.addClassName("contact-list");
        add(new H3(getTranslation("contact.title")), new Paragraph(getTranslation("contact.help")), record, list);
        refresh();
    }

    private void refresh() {
        log = contacts.log(caseId);
        record.setVisible(log.mayRecord());
        list.removeAll();
        if (log.rows().isEmpty()) {
            list.add(new ListItem(getTranslation("contact.none")));
            return;
        }
        for (ContactService.Row r : log.rows()) {
            list.add(item(r));
        }
    }

    private ListItem item(ContactService.Row r) {
        ListItem item = new ListItem();
        item.addClassName("contact-item");
        H4 head = new H4(getTranslation("contact.line", Formats.date(r.contactedOn(), getLocale()),
                getTranslation(r.kind().messageKey()), r.participants()));
        Paragraph notes = new Paragraph(r.notes());
        item.add(head, notes);
        if (r.nextStep() != null) {
            item.add(new Paragraph(r.nextStepOn() == null ? getTranslation("contact.next", r.nextStep())
                    : getTranslation("contact.nextOn", r.nextStep(), Formats.date(r.nextStepOn(), getLocale()))));
        }
        if (!r.tasksDone().isEmpty()) {
            item.add(new Paragraph(getTranslation("contact.tasksDone", String.join("; ", r.tasksDone()))));
        }
        Span by = new Span(getTranslation("contact.recordedBy", r.recordedBy()));
        by.addClassName("contact-by");
        item.add(by);
        if (r.mayChange()) {
            Button change = new Button(getTranslation("contact.change"), e -> openForm(r));
            change.getElement().setAttribute("aria-label", getTranslation("contact.change.label",
                    Formats.date(r.contactedOn(), getLocale())));
            item.add(change);
        }
        return item;
    }

    void openForm(ContactService.Row existing) {
        ContactForm form = new ContactForm(existing, existing == null ? log.familyTasks() : List.of(),
                LocalDate.now(clock));
        form.onReload(() -> {
            form.close();
            refresh();
        });
        form.addSaveListener(e -> {
            boolean saved = form.submit(() -> {
                if (existing == null) {
                    contacts.record(caseId, form.details());
                } else {
                    contacts.change(existing.id(), existing.version(), form.details());
                }
            });
            if (saved) {
                Notifications.success(getTranslation(existing == null ? "contact.recorded" : "contact.changed"));
                refresh();
            }
        });
        form.open();
    }
}
