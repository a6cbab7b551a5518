package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.consilium.casefile.CaseStage;
import org.consilium.plan.PlanPermissions.Audience;
import org.junit.jupiter.api.Test;

/** Where the family stands with its plan, from the newest version it may see and its case's stage. */
class FamilyStepTest {

    @Test
    void a_plan_the_family_cannot_see_yet_is_being_written_with_it() {
        assertThat(FamilyStep.of(CaseStage.IN_DEPTH_ASSESSMENT, null)).isEqualTo(FamilyStep.DRAFTING);
        assertThat(FamilyStep.of(CaseStage.PLANNING, null)).isEqualTo(FamilyStep.DRAFTING);
        assertThat(FamilyStep.of(CaseStage.PLANNING, PlanStatus.COMPLETED)).as("a new plan after one that ended")
                .isEqualTo(FamilyStep.DRAFTING);
    }

    @Test
    void an_offered_draft_waits_for_the_family_and_an_agreed_one_for_the_service() {
        assertThat(FamilyStep.of(CaseStage.PLANNING, PlanStatus.DRAFT)).isEqualTo(FamilyStep.AWAITING_AGREEMENT);
        assertThat(FamilyStep.of(CaseStage.REVIEW, PlanStatus.DRAFT)).as("a revision offered at a review")
                .isEqualTo(FamilyStep.AWAITING_AGREEMENT);
        assertThat(FamilyStep.of(CaseStage.PLANNING, PlanStatus.AGREED)).isEqualTo(FamilyStep.AGREED);
        assertThat(FamilyStep.of(CaseStage.PLANNING, PlanStatus.APPROVED)).isEqualTo(FamilyStep.AGREED);
    }

    @Test
    void a_plan_in_force_is_worked_until_the_case_is_reviewed() {
        assertThat(FamilyStep.of(CaseStage.PLANNING, PlanStatus.ACTIVE)).isEqualTo(FamilyStep.IN_PROGRESS);
        assertThat(FamilyStep.of(CaseStage.IMPLEMENTATION, PlanStatus.ACTIVE)).isEqualTo(FamilyStep.IN_PROGRESS);
        assertThat(FamilyStep.of(CaseStage.REVIEW, PlanStatus.ACTIVE)).isEqualTo(FamilyStep.UNDER_REVIEW);
        assertThat(FamilyStep.of(CaseStage.REVIEW, PlanStatus.COMPLETED)).isEqualTo(FamilyStep.UNDER_REVIEW);
    }

    @Test
    void a_closed_case_is_closed_whatever_its_plan() {
        assertThat(FamilyStep.of(CaseStage.CLOSURE, PlanStatus.COMPLETED)).isEqualTo(FamilyStep.CLOSED);
        assertThat(FamilyStep.of(CaseStage.FOLLOW_UP, PlanStatus.ACTIVE)).isEqualTo(FamilyStep.CLOSED);
        assertThat(FamilyStep.of(CaseStage.CLOSURE, null)).isEqualTo(FamilyStep.CLOSED);
    }

    @Test
    void only_the_family_reads_the_family_words() {
        assertThat(FamilyWords.key(Audience.FAMILY, "plan.curator")).isEqualTo("plan.curator.family");
        assertThat(FamilyWords.key(Audience.STAFF, "plan.curator")).isEqualTo("plan.curator");
        assertThat(FamilyWords.key(Audience.PARTNER, "plan.curator")).isEqualTo("plan.curator");
        assertThat(FamilyWords.key(Audience.FAMILY, "plan.taskStatus.DONE")).as("a plain word stays as it is")
                .isEqualTo("plan.taskStatus.DONE");
    }
}
