package org.consilium.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import org.consilium.base.ui.Formats;
import org.consilium.casefile.ui.ClosureEvidence;
import org.consilium.meeting.CaseMeetings;
import org.consilium.meeting.MeetingKind;
import org.springframework.core.annotation.Order;

/**
 * Before a case closes: its closing meetings (seed 003: closure is decided at an announced closing
 * meeting), each with its date and state and a link to its record; a note if none was held.
 */
@org.springframework.stereotype.Component
@Order(20)
class MeetingClosureEvidence implements ClosureEvidence {

    private final CaseMeetings meetings;

    MeetingClosureEvidence(CaseMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<Component> create(long caseId) {
        return Optional.of(new ClosingMeetings(meetings.ofCase(caseId).stream()
                .filter(m -> m.kind() == MeetingKind.CLOSING).toList()));
    }

    /** The closing meetings, each linked to its record. */
    static class ClosingMeetings extends Div {

        ClosingMeetings(List<CaseMeetings.Row> closing) {
            addClassName("closure-meetings");
            add(new H3(getTranslation("meeting.closure.title")));
            if (closing.isEmpty()) {
                add(new Paragraph(getTranslation("meeting.closure.none")));
                return;
            }
            UnorderedList list = new UnorderedList();
            for (CaseMeetings.Row m : closing) {
                Anchor link = new Anchor("meeting/" + m.id(), getTranslation("meeting.closure.line",
                        Formats.dateTime(m.startsAt(), getLocale()), getTranslation(m.status().messageKey())));
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            }
            add(list);
        }
    }
}
