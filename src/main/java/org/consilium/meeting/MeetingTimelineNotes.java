package org.consilium.meeting;

import java.util.List;
import java.util.Map;
import org.consilium.account.UserAccountService;
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
    private final UserAccountService accounts;

    MeetingTimelineNotes(DecisionRepository decisions, CaseService cases, UserAccountService accounts) {
        this.decisions = decisions;
        this.cases = cases;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notesOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_CASE).isEmpty()) {
            return List.of();
        }
        List<MeetingDecision> found = decisions.ofCase(caseId);
        Map<String, String> names = accounts.fullNamesOf(found.stream().map(MeetingDecision::getDecidedBy).toList());
        return found.stream()
                .map(d -> new Note(d.getDecidedAt(), names.getOrDefault(d.getDecidedBy(), d.getDecidedBy()), "meeting.timeline." + d.getKind().name(),
                        List.of(d.getMeeting().getTitle(), d.getText()), "meeting/" + d.getMeeting().getId()))
                .toList();
    }
}
