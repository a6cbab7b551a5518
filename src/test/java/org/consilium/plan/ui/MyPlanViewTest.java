package org.consilium.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.plan.PlanService;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Our plan" as the family reads it: at each step of its plan a short "what happens now" (what it can
 * do now, what comes next), and the plan in plain words, without the professionals' terms; staff keep
 * their own words on the same page.
 */
class MyPlanViewTest extends KaribuTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    CaseService cases;

    @Autowired
    FamilyService families;

    @Autowired
    StaffAccounts staff;

    /** The family's "Our plan", in English: the plan page it is forwarded to. */
    private PlanView ourPlan(PlanningCase c) {
        signIn(c.familyUser());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("my-plan");
        return _get(PlanView.class);
    }

    private static String step(PlanView view) {
        return view.now.getElement().getAttribute("data-step");
    }

    private void move(PlanningCase c, CaseStage stage) {
        signedIn.as("curator", () -> cases.move(c.caseId(), testCases.version(c.caseId()), stage, null));
    }

    @Test
    void the_family_is_told_what_happens_now_at_each_step_of_its_plan() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);

        PlanView view = ourPlan(c);
        assertThat(step(view)).isEqualTo("DRAFTING");
        assertThat(view.now.isVisible()).isTrue();
        assertThat(view.now.text()).contains("Your social worker is writing the plan together with you",
                "When the plan is ready, you will see it here");

        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        view = ourPlan(c);
        assertThat(step(view)).isEqualTo("AWAITING_AGREEMENT");
        assertThat(view.now.text()).contains("The plan is ready and waits for your agreement", "I agree to the plan");

        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));
        view = ourPlan(c);
        assertThat(step(view)).isEqualTo("AGREED");
        assertThat(view.now.text()).contains("You have agreed to the plan", "You do not need to do anything");

        signedIn.as("supervisor", () -> plans.approve(planId, testPlans.planVersion(planId)));
        view = ourPlan(c);
        assertThat(step(view)).as("approved, not yet in force: still waiting on the service").isEqualTo("AGREED");

        signedIn.as("curator", () -> plans.activate(planId, testPlans.planVersion(planId)));
        move(c, CaseStage.IMPLEMENTATION);
        view = ourPlan(c);
        assertThat(step(view)).isEqualTo("IN_PROGRESS");
        assertThat(view.now.text()).contains("The plan is running", "Mark as done");

        move(c, CaseStage.REVIEW);
        view = ourPlan(c);
        assertThat(step(view)).isEqualTo("UNDER_REVIEW");
        assertThat(view.now.text()).contains("looking with you at what has been achieved");

        signedIn.as("curator", () -> plans.complete(planId, testPlans.planVersion(planId)));
        signedIn.as("curator", () -> cases.close(c.caseId(), testCases.version(c.caseId()),
                ClosureDetails.of(ClosureReason.GOALS_ACHIEVED, "", "Ігор відвідує школу")));
        view = ourPlan(c);
        assertThat(step(view)).isEqualTo("CLOSED");
        assertThat(view.now.text()).contains("The work with your family has ended", "contact you after a while");
    }

    @Test
    void the_family_reads_its_plan_in_plain_words_and_staff_keep_theirs() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);

        PlanView family = ourPlan(c);
        String facts = family.facts.getElement().getTextRecursively();
        assertThat(facts).contains("Where the plan is now", "Running: you and the specialists do your tasks",
                "When the plan runs", "Your social worker", "Ірина Коваль", "Your agreement", "Checked by the service")
                .doesNotContain("Case manager", "Curator", "Approved");
        String goals = family.goals.getElement().getTextRecursively();
        assertThat(goals).contains("School and learning", "How we will see the goal is reached", "Now: 8 пропусків за жовтень",
                "Why it matters to you", "How it is going", "What you do", "Who helps you, and how", "Mark as done")
                .doesNotContain("Criterion of achievement", "Pedagogical", "Problem area");

        signIn("curator");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PlanView.class, c.caseId());
        PlanView staff = _get(PlanView.class);
        assertThat(staff.now.isVisible()).as("staff read no family guide").isFalse();
        assertThat(staff.facts.getElement().getTextRecursively()).contains("Case manager", "In force", "Approved");
        assertThat(staff.goals.getElement().getTextRecursively()).contains("Criterion of achievement", "Pedagogical",
                "What the family does");
    }

    @Test
    void a_family_without_a_case_reads_that_its_social_worker_will_write_the_plan_with_it() {
        Family family = signedIn.as("intake", () -> {
            FamilyDetails fd = new FamilyDetails();
            fd.setMembers(List.of(new MemberDetails("Гончар", "Ліна", LocalDate.parse("1990-03-03"), Sex.FEMALE,
                    Relation.MOTHER)));
            return families.register(fd, true);
        });
        String user = staff.createForFamily("nocase.", "Ліна Гончар", family, "no-case-plan-1");

        signIn(user);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("my-plan");
        MyPlanView view = _get(MyPlanView.class);
        assertThat(view.none.getText()).contains("Your social worker will make it together with you");
        assertThat(view.now.getElement().getAttribute("data-step")).isEqualTo("DRAFTING");
        assertThat(view.now.text()).contains("Your social worker is writing the plan together with you");
    }
}
