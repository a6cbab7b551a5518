package org.consilium.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consilium.assessment.FirstMeetingDetails;
import org.consilium.assessment.FirstMeetingMotivation;
import org.consilium.assessment.FirstMeetingService;
import org.consilium.assessment.FirstMeetingSheet;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.Facts;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;

/**
 * The first meeting with the family on the assessment's first tab: what was recorded, or a sentence
 * that nothing is yet; for the case's curator and the team's supervisors, recording or correcting it.
 */
class FirstMeetingPanel extends Div {

    final Button record = new Button();
    final Button edit = new Button();
    final Div facts = new Div();
    final Paragraph empty = new Paragraph();
    final Paragraph readOnly = new Paragraph();

    private final FirstMeetingService meetings;
    private final Clock clock;
    private final long caseId;
    private FirstMeetingSheet current;

    FirstMeetingPanel(FirstMeetingService meetings, Clock clock, long caseId) {
        this.meetings = meetings;
        this.clock = clock;
        this.caseId = caseId;
        addClassName("first-meeting");
        record.setText(getTranslation("assessment.firstMeeting.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> openForm());
        edit.setText(getTranslation("assessment.firstMeeting.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> openForm());
        empty.setText(getTranslation("assessment.firstMeeting.none"));
        empty.addClassName("assessment-empty");
        readOnly.setText(getTranslation("assessment.firstMeeting.readOnly"));
        readOnly.addClassName("assessment-read-only");
        facts.addClassName("first-meeting-facts");
        refresh();
    }

    void refresh() {
        Optional<FirstMeetingSheet> found = meetings.firstMeeting(caseId);
        boolean mayWrite = meetings.mayWrite(caseId);
        current = found.orElse(null);
        removeAll();
        facts.removeAll();
        add(new H3(getTranslation("assessment.firstMeeting.title")));
        if (current == null) {
            add(empty);
        } else {
            show(current);
            add(facts);
        }
        record.setVisible(mayWrite && current == null);
        edit.setVisible(mayWrite && current != null);
        readOnly.setVisible(!mayWrite);
        add(record, edit, readOnly);
    }

    private void show(FirstMeetingSheet m) {
        facts.add(Facts.fact(getTranslation("assessment.firstMeeting.metOn"), Formats.date(m.metOn(), getLocale())),
                Facts.fact(getTranslation("assessment.firstMeeting.place"), m.place()),
                Facts.fact(getTranslation("assessment.firstMeeting.participants"), participants(m)));
        Div needs = Facts.fact(getTranslation("assessment.firstMeeting.needs"), needsList(m.namedNeeds()));
        needs.addClassName("first-meeting-wide");
        Span level = new Span(getTranslation(m.motivation().messageKey()));
        level.getElement().getThemeList().add("badge");
        if (m.motivation() == FirstMeetingMotivation.LOW || m.motivation() == FirstMeetingMotivation.REFUSES) {
            level.getElement().getThemeList().add("error");
        } else if (m.motivation() == FirstMeetingMotivation.HIGH) {
            level.getElement().getThemeList().add("success");
        }
        Div motivation = Facts.fact(getTranslation("assessment.firstMeeting.motivation"), level);
        facts.add(needs, motivation);
        if (m.motivationNote() != null) {
            Div note = Facts.fact(getTranslation("assessment.firstMeeting.motivationNote"), m.motivationNote());
            note.addClassName("first-meeting-wide");
            facts.add(note);
        }
        Paragraph who = new Paragraph(getTranslation("assessment.firstMeeting.recorded", m.recordedByName(),
                Formats.dateTime(m.recordedAt(), getLocale())));
        if (m.changedAt() != null) {
            who.add(new Span(" · " + getTranslation("assessment.firstMeeting.changed", m.changedByName(),
                    Formats.dateTime(m.changedAt(), getLocale()))));
        }
        who.addClassName("first-meeting-who");
        facts.add(who);
    }

    private static String participants(FirstMeetingSheet m) {
        List<String> all = new ArrayList<>(m.familyPresent());
        if (m.otherParticipants() != null) {
            all.add(m.otherParticipants());
        }
        return String.join("; ", all);
    }

    private static UnorderedList needsList(List<String> needs) {
        UnorderedList list = new UnorderedList();
        needs.forEach(n -> list.add(new ListItem(n)));
        list.addClassName("first-meeting-needs");
        return list;
    }

    void openForm() {
        FirstMeetingForm form;
        try {
            form = new FirstMeetingForm(current, meetings.familyMembers(caseId), LocalDate.now(clock));
        } catch (BusinessException e) {
            Notifications.refused(this, e, this::refresh);
            return;
        }
        form.onReload(this::refresh);
        form.addSaveListener(e -> {
            FirstMeetingDetails d = form.details();
            boolean saved = form.submit(() -> {
                if (form.isNew()) {
                    meetings.record(caseId, d);
                } else {
                    meetings.change(caseId, form.version(), d);
                }
            });
            if (saved) {
                Notifications.success(getTranslation("assessment.firstMeeting.saved"));
                refresh();
            }
        });
        form.open();
    }
}
