package org.consilium.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.consilium.agency.AgencyType;
import org.consilium.base.Languages;
import org.consilium.plan.PlanService;
import org.consilium.referral.ReferralDetails;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.consilium.request.RequestService;
import org.consilium.security.AppRoles;
import org.consilium.testing.KaribuTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;

class MyWorkViewTest extends KaribuTest {

    @Autowired
    TestCases testCases;

    @Autowired
    TestClock clock;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TestRequests testRequests;

    @Autowired
    RequestService requests;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_curators_home_lists_their_overdue_cases_by_name_with_links_to_them() {
        String curator = staff.create("home.", "Куратор Дому", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "home-curator-1");
        long id = testCases.openCaseFor(staff.idOf(curator));
        clock.advance(Duration.ofDays(40));
        signIn(curator);

        MyWorkView home = _get(MyWorkView.class);
        String text = home.sections.getElement().getTextRecursively();
        assertThat(text).contains(home.getTranslation("mywork.figure.myOverdue"), home.getTranslation("mywork.overdue.title"),
                "Савченко: " + home.getTranslation("case.stage.INITIAL_ASSESSMENT"));
        assertThat(home.sections.getElement().getOuterHTML())
                .contains("href=\"case/" + id + "\"")
                .contains("href=\"cases?overdue&amp;curator=" + staff.idOf(curator) + "\"");
    }

    @Autowired
    AuthenticationConfiguration signInConfiguration;

    @Test
    void the_home_tells_the_owner_of_wrong_passwords_typed_for_their_account_until_they_have_read_it() throws Exception {
        String user = staff.create("told.", "Марта Чорна", AppRoles.HEALTH, AgencyType.HEALTH, "told-pass-1");
        var manager = signInConfiguration.getAuthenticationManager();
        for (String password : new String[] {"wrong-1", "wrong-2", "told-pass-1"}) {
            try {
                manager.authenticate(UsernamePasswordAuthenticationToken
                        .unauthenticated(user, password));
            } catch (AuthenticationException wrong) {
                // two wrong passwords, then the owner's own sign-in
            }
        }
        signIn(user);
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.failedSignIns.isVisible()).isTrue();
        assertThat(home.failedSignIns.text.getText()).startsWith("Since your previous sign-in, a wrong password was typed for your account 2 times, the last time on ");

        ButtonKt._click(home.failedSignIns.understood);
        assertThat(home.failedSignIns.isVisible()).isFalse();
        navigate("");
        assertThat(_get(MyWorkView.class).failedSignIns.isVisible()).isFalse();
    }

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_school_users_home_counts_the_schools_referrals_waiting_for_an_answer() {
        long before = signedIn.as("school", () -> referrals.countOfMyAgencyByStatus()).entrySet().stream()
                .filter(e -> e.getKey().isPending()).mapToLong(Map.Entry::getValue).sum();
        signedIn.as("school", () -> {
            ReferralDetails d = new ReferralDetails();
            d.setUrgency(Urgency.ROUTINE);
            d.setPeopleConcerned(SignedIn.unique("Pupil "));
            d.setDescription("Часто хворіє, пропускає уроки");
            return referrals.submitFromMyAgency(d);
        });
        signIn("school");
        MyWorkView home = _get(MyWorkView.class);
        String waiting = home.getTranslation("mywork.figure.myReferralsWaiting");
        assertThat(home.sections.getElement().getTextRecursively())
                .contains((before + 1) + waiting, home.getTranslation("mywork.figure.myReferralsAccepted"));
        assertThat(home.sections.getElement().getOuterHTML()).contains("href=\"my-referrals\"");
    }

    @Test
    void a_partners_home_counts_its_requests_to_answer_and_the_overdue_ones() {
        TestRequests.RequestCase c = testRequests.caseWithPupil(true);
        signedIn.as("curator", () -> requests.send(c.caseId(), TestRequests.characterisation(c)));
        signIn(c.schoolUser());
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.sections.getElement().getTextRecursively())
                .contains("1information request to answer", "0of them overdue");
        assertThat(home.sections.getElement().getOuterHTML()).contains("href=\"requests\"");

        // Each label follows its number, in the form the number asks for: one request, none of them overdue.
        UI.getCurrent().setLocale(Languages.UKRAINIAN);
        navigate("requests");
        navigate("");
        assertThat(_get(MyWorkView.class).sections.getElement().getTextRecursively())
                .contains("1запит на відповідь", "0з них прострочених");
    }

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanService plans;

    @Test
    void a_familys_home_says_what_happens_now_and_lists_its_tasks_with_the_overdue_one_said_in_words() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        signIn(c.familyUser());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("my-plan");
        navigate("");
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.viewTitle()).isEqualTo("Home");
        assertThat(home.family.now.getElement().getAttribute("data-step")).isEqualTo("AWAITING_AGREEMENT");
        assertThat(home.family.now.text()).contains("The plan is ready and waits for your agreement");
        assertThat(home.family.tasks.getChildren()).as("no tasks before the plan is in force").isEmpty();
        assertThat(home.sections.getElement().getTextRecursively()).contains("your social worker")
                .doesNotContain("curator", "case manager");

        signedIn.as(c.familyUser(), () -> plans.acknowledge(planId, testPlans.planVersion(planId)));
        signedIn.as("supervisor", () -> plans.approve(planId, testPlans.planVersion(planId)));
        signedIn.as("curator", () -> plans.activate(planId, testPlans.planVersion(planId)));
        clock.advance(Duration.ofDays(15));
        navigate("my-plan");
        navigate("");
        home = _get(MyWorkView.class);
        assertThat(home.family.now.getElement().getAttribute("data-step")).isEqualTo("IN_PROGRESS");
        assertThat(home.family.now.text()).contains("The plan is running", "Mark as done");
        String tasks = home.family.tasks.getElement().getOuterHTML();
        assertThat(home.family.tasks.getElement().getTextRecursively())
                .as("only the family's own tasks, the one past its date saying so")
                .contains("Будити Ігоря о 7:00", "past its date").doesNotContain("Щоденно відмічати відвідування");
        assertThat(tasks).as("overdue carries an icon beside the word").contains("vaadin:clock");
        assertThat(home.family.getElement().getOuterHTML()).contains("href=\"my-plan\"");
    }

    @Test
    void the_supervisors_home_counts_the_teams_overdue_cases() {
        signIn("supervisor");
        MyWorkView home = _get(MyWorkView.class);
        assertThat(home.sections.getElement().getTextRecursively()).contains(home.getTranslation("mywork.figure.teamOverdue"));
        assertThat(home.sections.getElement().getOuterHTML()).contains("href=\"cases?overdue\"");
    }
}
