package org.consilium.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.meeting.CaseMeetings;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.MeetingService;

/**
 * The case's meetings on its page: each with its kind, time and how many of the invited will come;
 * and, for those who may, scheduling a new one.
 */
class CaseMeetingsPanel extends Div {

    final Button schedule = new Button();
    final UnorderedList list = new UnorderedList();
    private final CaseMeetings caseMeetings;
    private final MeetingService meetings;
    private final Clock clock;
    private final long caseId;

    CaseMeetingsPanel(CaseMeetings caseMeetings, MeetingService meetings, Clock clock, long caseId) {
        this.caseMeetings = caseMeetings;
        this.meetings = meetings;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("case-meetings");
        schedule.setText(getTranslation("meeting.schedule.action"));
        schedule.setIcon(VaadinIcon.CALENDAR_USER.create());
        schedule.addClickListener(e -> openForm());
        refresh();
    }

    private void refresh() {
        removeAll();
        list.removeAll();
        var rows = caseMeetings.ofCase(caseId);
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("meeting.list.noneOnCase")));
        }
        for (CaseMeetings.Row r : rows) {
            ListItem item = new ListItem(MyMeetingsView.link(r.id(), getTranslation(r.kind().messageKey()) + " — " + r.title()),
                    new Span(Formats.dateTime(r.startsAt(), getLocale())),
                    new Span(getTranslation("meeting.list.answers", r.accepted(), r.invited())),
                    new Span(getTranslation(r.status().messageKey())));
            item.addClassName("case-meeting");
            list.add(item);
        }
        schedule.setVisible(caseMeetings.maySchedule(caseId));
        add(new H3(getTranslation("meeting.list.title")), new Paragraph(getTranslation("meeting.list.help")), schedule, list);
    }

    private void openForm() {
        ScheduleMeetingForm form;
        try {
            form = new ScheduleMeetingForm(caseMeetings.options(caseId), LocalDate.now(clock));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            if (!form.proceedDespite(meetings.clashes(form.details(), null))) {
                return;
            }
            form.submitAndReturn(() -> meetings.schedule(form.details())).ifPresent((Meeting m) -> {
                Notifications.success(getTranslation("meeting.schedule.done", Formats.dateTime(m.getStartsAt(), getLocale())));
                refresh();
            });
        });
        form.open();
    }
}
