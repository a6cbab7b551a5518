package org.consilium.plan;

import java.util.Set;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.referral.ProblemArea;

/**
 * The plan in the family's own words (seed 002: equal access). Where a label of the plan is a
 * professional word ("case manager", "criterion of achievement", "approved"), the bundles hold a
 * second text under the same key with {@code .family} appended; the family's page and its PDF use
 * that one, everyone else the first (decision 0041).
 */
public final class FamilyWords {

    /** The keys that have a family text under {@code <key>.family}. */
    public static final Set<String> KEYS = Set.of(
            "plan.status", "plan.status.DRAFT", "plan.status.AGREED", "plan.status.APPROVED", "plan.status.ACTIVE",
            "plan.status.COMPLETED", "plan.status.REPLACED", "plan.period", "plan.curator", "plan.agreed", "plan.approved",
            "plan.approvedValue", "plan.goal.criterion", "plan.goal.fromTo", "plan.goal.whyItMatters", "plan.goal.rating",
            "plan.goal.deadline", "plan.side.FAMILY", "plan.side.SPECIALIST", "plan.task.overdue", "plan.readings.title",
            "plan.ratings.title", "plan.ratings.atReview", "plan.pdf.version", "plan.pdf.period", "plan.pdf.curator",
            "plan.pdf.approved", "plan.pdf.fromTo", "plan.pdf.signCurator", "plan.goal.problemArea",
            ProblemArea.ECONOMIC.messageKey(), ProblemArea.LEGAL.messageKey(), ProblemArea.SOCIAL.messageKey(),
            ProblemArea.PSYCHOLOGICAL.messageKey(), ProblemArea.MEDICAL.messageKey(), ProblemArea.PEDAGOGICAL.messageKey());

    private FamilyWords() {
    }

    /** The key to show {@code audience}: the family's text where there is one, otherwise the key itself. */
    public static String key(Audience audience, String key) {
        return audience == Audience.FAMILY && KEYS.contains(key) ? key + ".family" : key;
    }
}
