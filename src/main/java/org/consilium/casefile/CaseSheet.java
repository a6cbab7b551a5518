package org.consilium.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.family.Relation;
import org.consilium.referral.Urgency;

/**
 * A case as its page shows it, read in one go, with the moves the reader may make now and the date by
 * which each stage's work would be due if the case entered it today (by the stage's time limit; a
 * stage without one is missing).
 */
public record CaseSheet(long id, long version, long familyId, String familyName, String address,
                        List<Member> members, String curatorName, CaseStage stage, boolean open,
                        SupportLevel level, CaseModel model, Set<DecisionCriterion> criteria, Urgency urgency,
                        LocalDate dueOn, boolean overdue, long daysOverdue, Instant openedAt,
                        long daysOpen, ClosureReason closureReason, String closureNote, String closureOutcome,
                        List<Move> timeline, Set<CaseStage> allowedMoves, boolean mayEdit, boolean mayDecide,
                        Map<CaseStage, LocalDate> suggestedDueDates, List<FollowUpLine> followUps) {

    public CaseSheet {
        suggestedDueDates = Map.copyOf(suggestedDueDates);
        followUps = List.copyOf(followUps);
    }

    /** Whether the reader may record a planned follow-up contact now: the case is closed and theirs to edit. */
    public boolean mayRecordFollowUp() {
        return mayEdit && (stage == CaseStage.CLOSURE || stage == CaseStage.FOLLOW_UP)
                && followUps.stream().anyMatch(f -> f.status() == FollowUp.Status.PLANNED);
    }

    /**
     * A follow-up contact of the schedule after closure: planned (and perhaps overdue), made (with how it
     * went) or cancelled by a reopening.
     */
    public record FollowUpLine(long id, long version, int step, LocalDate dueOn, FollowUp.Status status, boolean overdue,
                               LocalDate contactedOn, ContactKind contactKind, FollowUpResult result, String notes,
                               String recordedBy) {
    }

    /** The date the stage's time limit gives from today, if it has one. */
    public LocalDate suggestedDueDate(CaseStage stage) {
        return suggestedDueDates.get(stage);
    }

    /** A member of the family, with their age today. */
    public record Member(String fullName, Relation relation, LocalDate birthDate, Integer age) {
    }

    /** One entry of the timeline: a move, or only a new due date ({@code dueDateChange}). */
    public record Move(CaseStage from, CaseStage to, Instant at, String by, String comment, LocalDate dueOn,
                       boolean dueDateChange) {
    }
}
