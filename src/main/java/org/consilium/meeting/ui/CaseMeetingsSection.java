package org.consilium.meeting.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.consilium.casefile.ui.CaseSection;
import org.consilium.meeting.CaseMeetings;
import org.consilium.meeting.MeetingService;
import org.springframework.core.annotation.Order;

/** The case page's meetings, provided to the case page by this module. */
@org.springframework.stereotype.Component
@Order(20)
class CaseMeetingsSection implements CaseSection {

    private final CaseMeetings caseMeetings;
    private final MeetingService meetings;
    private final Clock clock;

    CaseMeetingsSection(CaseMeetings caseMeetings, MeetingService meetings, Clock clock) {
        this.caseMeetings = caseMeetings;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Component create(long caseId) {
        return new CaseMeetingsPanel(caseMeetings, meetings, clock, caseId);
    }
}
