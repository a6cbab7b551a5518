package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.assessment.Domain;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan rests on the assessment (decision 0024): no offer without one, and goals cite its findings. */
@MariaDbTest
class PlanAssessmentTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanReader reader;

    @Autowired
    AssessmentSummaries assessments;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    CaseService cases;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_plan_is_neither_offered_nor_signed_on_paper_before_an_assessment_is_completed() {
        long caseId = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.move(caseId, testCases.version(caseId), CaseStage.DECISION, null));
        signedIn.as("supervisor", () -> cases.decide(caseId, testCases.version(caseId), TestCases.CRISIS));
        signedIn.as("curator", () -> cases.move(caseId, testCases.version(caseId), CaseStage.PLANNING, null));
        long planId = signedIn.as("curator", () -> {
            FamilyPlan p = plans.startPlan(caseId, LocalDate.now(), LocalDate.now().plusMonths(6));
            plans.addGoal(p.getId(), TestPlans.goal("Ігор щодня відвідує школу"));
            return p.getId();
        });
        assertThatThrownBy(() -> signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("plan.offer.noAssessment");
        assertThatThrownBy(() -> signedIn.as("curator", () -> plans.recordSignature(planId, testPlans.planVersion(planId),
                "Савченко Олена", LocalDate.now()))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("plan.offer.noAssessment");
        assertThat(signedIn.as("curator", () -> reader.sheet(planId)).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void a_goal_cites_a_need_found_and_only_social_services_read_the_citation() {
        TestPlans.PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        AssessmentSummaries.FindingOption need = signedIn.as("curator", () -> assessments.findingsForGoals(c.caseId()))
                .stream().filter(f -> f.domain() == Domain.CHILD_DEVELOPMENT && !f.strength()).findFirst().orElseThrow();
        GoalDetails d = TestPlans.goal("Ігор висипається і встає сам");
        d.setFinding(need.reference());
        PlanGoal goal = signedIn.as("curator", () -> plans.addGoal(planId, d));
        signedIn.as("curator", () -> plans.addTask(goal.getId(), TestPlans.familyTask(c.motherId(), "Лягати спати до 22:00")));
        assertThat(goal.getFindingText()).isEqualTo(need.text());

        PlanSheet.Goal staffView = signedIn.as("curator", () -> reader.sheet(planId)).orElseThrow().goals().stream()
                .filter(g -> g.id() == goal.getId()).findFirst().orElseThrow();
        assertThat(staffView.finding().text()).isEqualTo(need.text());
        assertThat(staffView.finding().domainName()).isEqualTo("CHILD_DEVELOPMENT");
        assertThat(staffView.finding().strength()).isFalse();

        testPlans.agreeApproveActivate(c, planId);
        for (String reader2 : new String[] {"school", c.familyUser()}) {
            assertThat(signedIn.as(reader2, () -> reader.sheet(planId)).orElseThrow().goals())
                    .as(reader2).allSatisfy(g -> assertThat(g.finding()).isNull());
        }

        GoalDetails foreign = TestPlans.goal("Чужий висновок");
        foreign.setFinding("999999:CHILD_DEVELOPMENT:NEEDS");
        long revision = signedIn.as("curator", () -> plans.revise(planId, testPlans.planVersion(planId))).getId();
        assertThatThrownBy(() -> signedIn.as("curator", () -> plans.addGoal(revision, foreign)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getField()).contains(GoalDetails.FINDING));
        PlanSheet.Goal copied = signedIn.as("curator", () -> reader.sheet(revision)).orElseThrow().goals().stream()
                .filter(g -> g.statement().equals("Ігор висипається і встає сам")).findFirst().orElseThrow();
        assertThat(copied.finding().reference()).isEqualTo(need.reference());
    }
}
