package org.consilium.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something happened to a case's plan. Published inside the change's transaction and delivered to its
 * listeners only after the commit, from the event publication registry (decision 0029), so that a
 * change rolled back tells nobody and one committed is told even if the server stops first.
 *
 * @param kind        what happened
 * @param caseId      the case
 * @param planId      the plan version it happened in
 * @param familyId    the case's family, whose members may be told
 * @param familyName  the family's name, for those who may see the case
 * @param curatorId   the case's curator
 * @param teamAgencyId the agency whose team works the case (its supervisors approve plans)
 * @param tasks       the tasks it is about: newly assigned ones, or the one worked
 * @param proposer    for a decided proposal, the user name of who proposed it
 * @param actor       the user name of who did it
 * @param actorName   their full name
 * @param at          when
 */
public record PlanActivity(Kind kind, long caseId, long planId, long familyId, String familyName, long curatorId, long teamAgencyId,
                           List<Task> tasks, String proposer, String actor, String actorName, Instant at) {

    public PlanActivity {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** What happened. */
    public enum Kind {
        /** Goals, tasks, the period or the plan's status changed in a way nobody needs telling of. */
        CHANGED,
        /** Tasks were given to someone in a plan in force (added, reassigned, or the plan came into force). */
        TASKS_ASSIGNED,
        TASK_PROGRESS,
        TASK_DONE,
        PROPOSAL_MADE,
        PROPOSAL_ACCEPTED,
        PROPOSAL_DECLINED,
        OFFERED,
        AGREED,
        APPROVED,
        /** Found by the daily check: a task of a plan in force is past its due date. */
        TASK_OVERDUE;

        /** The note a page shows, with the actor's name as {0}. */
        public String liveKey() {
            return "live.plan." + name();
        }
    }

    /** A task as those told of it need it: which, what, and whose. */
    public record Task(long id, String text, TaskSide side, Long agencyId, Long userId, LocalDate dueOn) {

        static Task of(PlanTask t) {
            return new Task(t.getId(), t.getDescription(), t.getSide(), t.getAgency() == null ? null : t.getAgency().getId(),
                    t.getUser() == null ? null : t.getUser().getId(), t.getDueOn());
        }
    }
}
