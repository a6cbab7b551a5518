package org.consilium.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consilium.casefile.CaseDueItems;
import org.springframework.stereotype.Component;

/** The meetings' part of a case's "next due": the next meeting about the case still to be held. */
@Component
class MeetingDueItems implements CaseDueItems {

    private final CaseMeetings meetings;
    private final Clock clock;

    MeetingDueItems(CaseMeetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Optional<Item> earliestOf(long caseId) {
        return meetings.ofCase(caseId).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.startsAt().isAfter(clock.instant()))
                .min(Comparator.comparing(CaseMeetings.Row::startsAt))
                .map(m -> new Item(LocalDate.ofInstant(m.startsAt(), clock.getZone()), "case.due.meeting", List.of(m.title())));
    }
}
