package org.consilium.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.referral.ProblemArea;

/**
 * One version of a plan as the reader may see it: a partner agency without other agencies' internal
 * notes, a family member without any internal note and with their own column's notes only. Carries
 * how the reader relates to the plan, and what they may do with the version and with each task.
 */
public record PlanSheet(Audience audience, long planId, long version, long caseId, String familyName, int number,
                        PlanStatus status,
                        LocalDate startsOn, LocalDate endsOn, boolean offered, Agreement agreement,
                        String agreedByName, LocalDate signedOn, Instant agreedAt, String approvedByName,
                        Instant approvedAt, Instant activatedAt, Instant endedAt, String returnedReason,
                        String curatorName, String curatorEmail, String teamAgencyName, List<Goal> goals,
                        Map<LocalDate, Integer> familyOverload, Set<Action> actions) {

    /** What the reader may do with this version. */
    public enum Action {
        EDIT, OFFER, TAKE_BACK, RECORD_SIGNATURE, ACKNOWLEDGE, APPROVE, RETURN_TO_DRAFT, ACTIVATE, COMPLETE, REVISE,
        RATE, PROPOSE_TASK
    }

    /**
     * A goal with its tasks, the readings of its indicators, earliest period first, and its ratings so far,
     * earliest first ({@code rating} is the latest).
     */
    public record Goal(long id, long version, String key, ProblemArea problemArea, String statement, String criterion,
                       String baseline, String target, LocalDate deadline, String whyItMatters, Integer rating,
                       List<Task> tasks, List<Reading> readings, Finding finding, List<Rated> ratings) {
    }

    /** The assessment finding a goal answers: its reference (assessment, domain, need or strength) and text. */
    public record Finding(String reference, String text) {

        /** The domain's name in the reference, to name it in the reader's language. */
        public String domainName() {
            String[] parts = reference.split(":");
            return parts.length > 1 ? parts[1] : "";
        }

        /** Whether the finding is a strength (otherwise a need). */
        public boolean strength() {
            return reference.endsWith(":STRENGTHS");
        }
    }

    /**
     * A figure of the goal's indicator for a period; {@code indicator} is a message key naming what is
     * measured.
     */
    public record Reading(String indicator, LocalDate periodStart, LocalDate periodEnd, BigDecimal value) {
    }

    /** One rating of a goal in its series: when, which step, by whom, and whether at a progress review. */
    public record Rated(LocalDate on, int rating, String by, boolean atReview) {
    }

    /** A task; {@code statusChoices} are the statuses the reader may set (none: read only). */
    public record Task(long id, long version, String key, TaskSide side, String description, Long memberId,
                       String memberName, Long agencyId, String agencyName, Long userId, String userName, String userEmail,
                       LocalDate dueOn, TaskStatus status, boolean overdue, Set<TaskStatus> statusChoices,
                       List<Note> notes, String originLabel, String originRoute) {

        /** Whether the reader may work the task: set its status and add notes. */
        public boolean mayWork() {
            return !statusChoices.isEmpty();
        }
    }

    public record Note(Instant at, String authorName, boolean byFamily, boolean internal, String text) {
    }

    public boolean may(Action action) {
        return actions.contains(action);
    }

    public List<Task> tasks() {
        return goals.stream().flatMap(g -> g.tasks().stream()).toList();
    }
}
