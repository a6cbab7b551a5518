package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.AgendaItem;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.Minutes;
import org.consilium.meeting.MeetingKind;

/**
 * One agenda item in the meeting room: the question, the minutes (saved at the version read), the
 * summary the chair shares with participants who may not see the family, the decisions with what
 * they created, and the inconsistencies with their owners.
 */
class RoomItemPart extends Div {

    final TextArea minutes = new TextArea();
    final Button saveMinutes = new Button();
    final TextArea summary = new TextArea();
    final Button share = new Button();
    final Button decide = new Button();
    final Button inconsistency = new Button();

    RoomItemPart(RoomServices services, Minutes m, Minutes.Item i, boolean chair, LocalDate today, Runnable reload) {
        addClassName("room-item");
        getElement().setAttribute("data-item", String.valueOf(i.id()));
        add(new H4(MinutesPart.heading(this, i)));
        boolean open = m.mayWrite();
        minutes.setLabel(getTranslation("meeting.room.minutes"));
        minutes.setMaxLength(Meeting.MINUTES_MAX);
        minutes.setWidthFull();
        minutes.setValue(i.minutes() == null ? "" : i.minutes());
        minutes.setReadOnly(!open);
        add(minutes);
        if (open) {
            saveMinutes.setText(getTranslation("meeting.room.saveMinutes"));
            saveMinutes.addClickListener(e -> {
                if (Notifications.act(this, () -> services.room().writeMinutes(i.id(), i.version(), minutes.getValue()),
                        "meeting.room.minutesSaved", reload)) {
                    reload.run();
                }
            });
            decide.setText(getTranslation("meeting.decision.action"));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decide.addClickListener(e -> openDecision(services, m, i, today, reload));
            inconsistency.setText(getTranslation("meeting.inconsistency.action"));
            inconsistency.addClickListener(e -> openInconsistency(services, i, today, reload));
            decide.setVisible(m.mayRecord());
            inconsistency.setVisible(m.mayRecord());
            add(new HorizontalLayout(saveMinutes, decide, inconsistency));
        }
        if (i.caseId() != null && (chair && open || i.sharedSummary() != null)) {
            summary.setLabel(getTranslation("meeting.room.summary"));
            summary.setHelperText(getTranslation("meeting.room.summary.help"));
            summary.setMaxLength(AgendaItem.SUMMARY_MAX);
            summary.setWidthFull();
            summary.setValue(i.sharedSummary() == null ? "" : i.sharedSummary());
            summary.setReadOnly(!(chair && open));
            add(summary);
            if (chair && open) {
                share.setText(getTranslation("meeting.room.share"));
                share.addClickListener(e -> {
                    if (Notifications.act(this, () -> services.room().share(i.id(), i.version(), summary.getValue()),
                            "meeting.room.shared", reload)) {
                        reload.run();
                    }
                });
                add(share);
            }
        }
        MinutesPart.decisions(this, i);
        for (Minutes.Issue x : i.inconsistencies()) {
            add(MinutesPart.issueLine(this, services.room(), x, reload));
        }
        if (open && m.kind() == MeetingKind.CLOSING && m.familyView() == null) {
            Paragraph wait = new Paragraph(getTranslation("meeting.familyView.first"));
            wait.addClassName("room-wait");
            addComponentAtIndex(1, wait);
            saveMinutes.setEnabled(false);
            decide.setEnabled(false);
            inconsistency.setEnabled(false);
        }
    }

    private void openDecision(RoomServices services, Minutes m, Minutes.Item i, LocalDate today, Runnable reload) {
        DecisionForm form = new DecisionForm(services.options().forDecision(i.id()), today, m.kind() == MeetingKind.CLOSING);
        form.onReload(reload);
        form.addSaveListener(e -> {
            if (form.submit(() -> services.decisions().decide(i.id(), form.details()))) {
                Notifications.success(getTranslation("meeting.decision.done"));
                reload.run();
            }
        });
        form.open();
    }

    private void openInconsistency(RoomServices services, Minutes.Item i, LocalDate today, Runnable reload) {
        InconsistencyForm form = new InconsistencyForm(services.options().forDecision(i.id()).owners(), today);
        form.onReload(reload);
        form.addSaveListener(e -> {
            var d = form.details();
            if (form.submit(() -> services.room().recordInconsistency(i.id(), d.getDescription(), d.getOwner(), d.getDueOn()))) {
                Notifications.success(getTranslation("meeting.inconsistency.done"));
                reload.run();
            }
        });
        form.open();
    }
}
