package org.consilium.testing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.SharingService;
import org.consilium.plan.FamilyPlan;
import org.consilium.plan.GoalDetails;
import org.consilium.plan.PlanGoal;
import org.consilium.plan.PlanService;
import org.consilium.plan.TaskDetails;
import org.consilium.plan.TaskSide;
import org.consilium.referral.ProblemArea;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The way to a case in planning whose family (Савченко) has its own account, with the school and the
 * police taking part and consent for both; and a plan for it with a goal and tasks for the mother,
 * the school and the police.
 */
@Component
public class TestPlans {

    /** A case in planning, and the user name of its family's own account. */
    public record PlanningCase(long caseId, long familyId, String familyUser, long motherId) {
    }

    private final TestCases testCases;
    private final SignedIn signedIn;
    private final StaffAccounts staff;
    private final CaseService cases;
    private final SharingService sharing;
    private final PlanService plans;
    private final JdbcTemplate jdbc;
    private final TestAssessments assessments;

    TestPlans(TestCases testCases, SignedIn signedIn, StaffAccounts staff, CaseService cases, SharingService sharing,
              PlanService plans, JdbcTemplate jdbc, TestAssessments assessments) {
        this.assessments = assessments;
        this.testCases = testCases;
        this.signedIn = signedIn;
        this.staff = staff;
        this.cases = cases;
        this.sharing = sharing;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    public PlanningCase caseInPlanning() {
        long caseId = testCases.openCaseForDemoCurator();
        // A plan rests on a completed assessment (decision 0024).
        assessments.completedInitial(caseId, "curator");
        signedIn.as("curator", () -> cases.move(caseId, version(caseId), CaseStage.DECISION, null));
        signedIn.as("supervisor", () -> cases.decide(caseId, version(caseId), TestCases.CRISIS));
        signedIn.as("curator", () -> cases.move(caseId, version(caseId), CaseStage.PLANNING, null));
        Agency school = staff.agencyOf(AgencyType.SCHOOL);
        Agency police = staff.agencyOf(AgencyType.POLICE);
        signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, school.getId());
            sharing.addParticipant(caseId, police.getId());
            return sharing.recordConsent(caseId, "Савченко Олена", Set.of(AgencyType.SCHOOL, AgencyType.POLICE),
                    LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        });
        long familyId = jdbc.queryForObject("SELECT family_id FROM family_case WHERE id = ?", Long.class, caseId);
        long motherId = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Олена'",
                Long.class, familyId);
        String familyUser = staff.createForFamily("fam.", "Олена Савченко", testCases.family(familyId), "family-plan-1");
        return new PlanningCase(caseId, familyId, familyUser, motherId);
    }

    /** A draft with one goal and a task for the mother, the school and the police; returns the plan's id. */
    public long draftWithTasks(PlanningCase c) {
        return signedIn.as("curator", () -> {
            FamilyPlan p = plans.startPlan(c.caseId(), LocalDate.now(), LocalDate.now().plusMonths(6));
            PlanGoal g = plans.addGoal(p.getId(), goal("Ігор щодня відвідує школу"));
            plans.addTask(g.getId(), familyTask(c.motherId(), "Будити Ігоря о 7:00"));
            plans.addTask(g.getId(), agencyTask(staff.agencyOf(AgencyType.SCHOOL), "Щоденно відмічати відвідування"));
            plans.addTask(g.getId(), agencyTask(staff.agencyOf(AgencyType.POLICE), "Профілактична бесіда з Ігорем"));
            return p.getId();
        });
    }

    /** The draft agreed by the family, approved and put in force. */
    public void agreeApproveActivate(PlanningCase c, long planId) {
        signedIn.as("curator", () -> plans.offer(planId, planVersion(planId)));
        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, planVersion(planId)));
        signedIn.as("supervisor", () -> plans.approve(planId, planVersion(planId)));
        signedIn.as("curator", () -> plans.activate(planId, planVersion(planId)));
    }

    public long planVersion(long planId) {
        return jdbc.queryForObject("SELECT version FROM family_plan WHERE id = ?", Long.class, planId);
    }

    /** A task's id and version by its text, within a plan. */
    public Map<String, Object> task(long planId, String description) {
        return jdbc.queryForMap("""
                SELECT t.id, t.version FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id
                WHERE g.plan_id = ? AND t.description = ?""", planId, description);
    }

    public static GoalDetails goal(String statement) {
        GoalDetails g = new GoalDetails();
        g.setProblemArea(ProblemArea.PEDAGOGICAL);
        g.setStatement(statement);
        g.setCriterion("Не більше двох пропусків без причини на місяць");
        g.setBaseline("8 пропусків за жовтень");
        g.setTarget("0–2 пропуски на місяць");
        g.setDeadline(LocalDate.now().plusMonths(3));
        g.setWhyItMatters("Мама хоче, щоб Ігор закінчив школу");
        return g;
    }

    public static TaskDetails familyTask(long memberId, String text) {
        TaskDetails t = new TaskDetails();
        t.setSide(TaskSide.FAMILY);
        t.setMemberId(memberId);
        t.setDescription(text);
        t.setDueOn(LocalDate.now().plusDays(14));
        return t;
    }

    public static TaskDetails agencyTask(Agency agency, String text) {
        TaskDetails t = new TaskDetails();
        t.setSide(TaskSide.SPECIALIST);
        t.setAgencyId(agency.getId());
        t.setDescription(text);
        t.setDueOn(LocalDate.now().plusDays(21));
        return t;
    }

    private long version(long caseId) {
        return testCases.version(caseId);
    }
}
