package org.consilium.monitoring;

import java.util.List;
import java.util.Map;
import org.consilium.account.UserAccountService;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseTimelineNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The progress reviews in the case's timeline, when they were recorded, with their decision. */
@Component
class ReviewTimelineNotes implements CaseTimelineNotes {

    private final ReviewRepository reviews;
    private final CaseService cases;
    private final UserAccountService accounts;

    ReviewTimelineNotes(ReviewRepository reviews, CaseService cases, UserAccountService accounts) {
        this.reviews = reviews;
        this.cases = cases;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notesOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return List.of();
        }
        List<ProgressReview> found = reviews.ofCase(caseId);
        Map<String, String> names = accounts.fullNamesOf(found.stream().map(ProgressReview::getRecordedBy).toList());
        return found.stream().map(r -> new Note(r.getRecordedAt(), names.getOrDefault(r.getRecordedBy(), r.getRecordedBy()),
                "review.timeline." + r.getDecision().name(), List.of(String.valueOf(r.getPlanNumber())), null)).toList();
    }
}
