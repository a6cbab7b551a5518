package org.consilium.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consilium.casefile.CaseContext;
import org.consilium.plan.PlanPermissions.Audience;

/**
 * A case's plan as a page opens it: the case and how the reader relates to its plan, the versions
 * the reader may see (newest first), the tasks partner agencies proposed (for the curator, and each
 * agency its own), and whether a new plan can be started now.
 */
public record PlanOverview(CaseContext caseContext, Audience audience, List<Version> versions, List<Proposal> proposals,
                           boolean mayStartPlan) {

    public record Version(long planId, int number, PlanStatus status, boolean offered, Instant createdAt) {
    }

    public record Proposal(long id, long version, String agencyName, String proposedByName, Instant proposedAt,
                           String goalStatement, String description, LocalDate dueOn, TaskProposal.Status status,
                           String decisionReason, boolean mayDecide) {
    }

    /** The version a reader lands on: the one being prepared if they may see it, else the latest. */
    public Optional<Version> current() {
        return versions.stream().findFirst();
    }
}
