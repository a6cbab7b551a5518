package org.consilium.meeting;

import java.time.Clock;
import java.util.List;
import org.consilium.account.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to a meeting, inside the change's transaction. */
@Component
class MeetingEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void publish(MeetingActivity.Kind kind, Meeting m, UserAccount by) {
        publish(kind, m, m.getCaseId(), m.getFamilyName(), by);
    }

    /** A decision about {@code caseId}, one of the cases on the meeting's agenda. */
    void decided(Meeting m, Long caseId, String familyName, UserAccount by) {
        publish(MeetingActivity.Kind.DECIDED, m, caseId, familyName, by);
    }

    private void publish(MeetingActivity.Kind kind, Meeting m, Long caseId, String familyName, UserAccount by) {
        List<Participant> invited = m.getParticipants();
        events.publishEvent(new MeetingActivity(kind, m.getId(), m.getTitle(), caseId, familyName,
                invited.stream().filter(p -> p.getKind() == Participant.Kind.USER).map(Participant::getUserId).toList(),
                invited.stream().filter(p -> p.getKind() == Participant.Kind.AGENCY).map(Participant::getAgencyId).toList(),
                invited.stream().anyMatch(p -> p.getKind() == Participant.Kind.FAMILY_MEMBER) ? m.getFamilyId() : null,
                by.getUsername(), by.getFullName(), clock.instant()));
    }
}
