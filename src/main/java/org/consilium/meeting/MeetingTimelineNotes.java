package org.consilium.meeting;

import java.util.List;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseTimelineNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decisions meetings took on a case, in the case's timeline, each linking to its meeting. */
@Component
class MeetingTimelineNotes implements CaseTimelineNotes {

    private final DecisionRepository decisions;
    private final CaseService cases;

    MeetingTimelineNotes(DecisionRepository decisions, CaseService cases) {
        this.decisions = decisions;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notesOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_CASE).isEmpty()) {
            return List.of();
        }
        return decisions.ofCase(caseId).stream()
                .map(d -> new Note(d.getDecidedAt(), d.getDecidedBy(), "meeting.timeline." + d.getKind().name(),
                        List.of(d.getMeeting().getTitle(), d.getText()), "meeting/" + d.getMeeting().getId()))
                .toList();
    }
}
