package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.AgendaItem;
import org.consilium.meeting.AgendaService;
import org.consilium.meeting.Topic;

/**
 * The organiser's agenda: the items in order (up, down, remove), the work waiting for a group decision
 * to add with a suggested question, and a question of their own.
 */
class AgendaPart extends Div {

    final OrderedList items = new OrderedList();
    final UnorderedList offered = new UnorderedList();
    final TextField own = new TextField();
    final Button addOwn = new Button();
    private final AgendaService agenda;
    private final long meetingId;

    AgendaPart(AgendaService agenda, long meetingId) {
        this.agenda = agenda;
        this.meetingId = meetingId;
        addClassName("meeting-agenda");
        own.setLabel(getTranslation("meeting.agenda.own"));
        own.setMaxLength(AgendaItem.QUESTION_MAX);
        own.setWidth("min(36rem, 100%)");
        addOwn.setText(getTranslation("meeting.agenda.add"));
        addOwn.addClickListener(e -> {
            if (Notifications.act(this, () -> agenda.add(meetingId, Topic.OTHER, null, own.getValue()), "meeting.agenda.added",
                    this::refresh)) {
                own.clear();
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        removeAll();
        items.removeAll();
        var agendaItems = agenda.agenda(meetingId);
        for (AgendaService.Item i : agendaItems) {
            Span text = new Span((i.familyName() == null ? "" : i.familyName() + " — ") + getTranslation(i.topic().messageKey())
                    + ": " + i.question());
            Button up = small(VaadinIcon.ARROW_UP, "meeting.agenda.up", () -> agenda.move(i.id(), -1));
            Button down = small(VaadinIcon.ARROW_DOWN, "meeting.agenda.down", () -> agenda.move(i.id(), 1));
            Button remove = small(VaadinIcon.CLOSE_SMALL, "meeting.agenda.remove", () -> agenda.remove(i.id()));
            ListItem item = new ListItem(text, up, down, remove);
            item.addClassName("agenda-item");
            items.add(item);
        }
        offered.removeAll();
        var candidates = agenda.candidates(meetingId);
        for (AgendaService.Candidate c : candidates) {
            String question = getTranslation("meeting.agenda.question." + c.topic().name());
            Button add = new Button(getTranslation("meeting.agenda.add"), e -> {
                Runnable adding = c.referralId() != null ? () -> agenda.addReferral(meetingId, c.referralId(), question)
                        : () -> agenda.add(meetingId, c.topic(), c.caseId(), question);
                if (Notifications.act(this, adding, "meeting.agenda.added", this::refresh)) {
                    refresh();
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            offered.add(new ListItem(new Span(c.familyName() + " — " + getTranslation(c.topic().messageKey())), add));
        }
        add(new H3(getTranslation("meeting.agenda.title")),
                agendaItems.isEmpty() ? new Paragraph(getTranslation("meeting.agenda.empty")) : items,
                new HorizontalLayout(own, addOwn), new H4(getTranslation("meeting.agenda.waiting")),
                candidates.isEmpty() ? new Paragraph(getTranslation("meeting.agenda.nothingWaiting")) : offered);
    }

    private Button small(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            if (Notifications.act(this, action, "meeting.agenda.changed", this::refresh)) {
                refresh();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        b.getElement().setAttribute("aria-label", getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }
}
