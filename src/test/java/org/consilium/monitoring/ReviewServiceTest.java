package org.consilium.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanSheet;
import org.consilium.testing.Eventually;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Progress reviews on MariaDB: the series of ratings, the revision they open, and the agency told. */
@MariaDbTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    CaseService cases;

    @Autowired
    PlanReader plans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestCases testCases;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;
    private long planId;

    @BeforeEach
    void aPlanBeingWorked() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        signedIn.as("curator", () -> cases.move(c.caseId(), testCases.version(c.caseId()), CaseStage.IMPLEMENTATION, null));
    }

    private ReviewDetails review(int rating, ReviewDecision decision) {
        ReviewDetails d = signedIn.as("curator", () -> reviews.form(c.caseId()));
        d.setFamilyView("Мама: Ігор ходить до школи, ранки спокійніші");
        d.getGoals().forEach(g -> {
            g.setRating(rating);
            g.setFamilyRating(rating + 1);
        });
        d.setDecision(decision);
        return d;
    }

    private String stage() {
        return jdbc.queryForObject("SELECT stage FROM family_case WHERE id = ?", String.class, c.caseId());
    }

    @Test
    void ratings_given_at_reviews_are_kept_as_a_series_and_continuing_returns_to_implementation() {
        signedIn.as("curator", () -> reviews.record(c.caseId(), review(2, ReviewDecision.CONTINUE)));
        assertThat(stage()).isEqualTo("IMPLEMENTATION");
        signedIn.as("curator", () -> reviews.record(c.caseId(), review(4, ReviewDecision.CONTINUE)));

        assertThat(jdbc.queryForList("SELECT rating FROM goal_rating WHERE case_id = ? ORDER BY rated_at, id",
                Integer.class, c.caseId())).containsExactly(2, 4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goal_rating WHERE case_id = ? AND review_id IS NOT NULL",
                Integer.class, c.caseId())).isEqualTo(2);
        PlanSheet.Goal goal = signedIn.as("curator", () -> plans.sheet(planId).orElseThrow()).goals().getFirst();
        assertThat(goal.rating()).isEqualTo(4);
        assertThat(goal.ratings()).extracting(PlanSheet.Rated::rating).containsExactly(2, 4);
        assertThat(goal.ratings()).allSatisfy(r -> assertThat(r.atReview()).isTrue());
        ReviewService.Reviews listed = signedIn.as("curator", () -> reviews.ofCase(c.caseId()));
        assertThat(listed.rows()).hasSize(2);
        assertThat(listed.rows().getFirst().goals().getFirst().rating()).isEqualTo(4);
        assertThat(listed.rows().getFirst().goals().getFirst().familyRating()).as("the family's own rating").isEqualTo(5);
    }

    @Test
    void a_review_that_decides_to_revise_opens_a_revision_of_the_plan_and_moves_the_case_to_planning() {
        ReviewDetails d = review(3, ReviewDecision.REVISE);
        d.setComment("Додати завдання для тата");
        signedIn.as("curator", () -> reviews.record(c.caseId(), d));

        assertThat(stage()).isEqualTo("PLANNING");
        assertThat(jdbc.queryForList("SELECT status FROM family_plan WHERE case_id = ? ORDER BY plan_number",
                String.class, c.caseId())).containsExactly("ACTIVE", "DRAFT");
        assertThat(jdbc.queryForObject("SELECT comment FROM case_transition WHERE case_id = ? ORDER BY id DESC LIMIT 1",
                String.class, c.caseId())).isEqualTo("Додати завдання для тата");
        assertThat(jdbc.queryForObject("SELECT decision FROM progress_review WHERE case_id = ?", String.class, c.caseId()))
                .isEqualTo("REVISE");
    }

    @Test
    void a_service_that_did_not_meet_the_need_must_be_explained_and_its_agency_is_told() {
        ReviewDetails d = review(3, ReviewDecision.CONTINUE);
        ReviewDetails.ServiceLine school = d.getServices().stream()
                .filter(s -> s.description().equals("Щоденно відмічати відвідування")).findFirst().orElseThrow();
        int index = d.getServices().indexOf(school);
        school.setAdequate(false);
        assertThatThrownBy(() -> signedIn.as("curator", () -> reviews.record(c.caseId(), d)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getField()).contains(ReviewDetails.serviceNoteField(index)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM progress_review WHERE case_id = ?", Integer.class, c.caseId()))
                .as("nothing saved half").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goal_rating WHERE case_id = ?", Integer.class, c.caseId())).isZero();
        assertThat(stage()).isEqualTo("IMPLEMENTATION");

        school.setNote("Відвідування відмічають раз на тиждень, а не щодня");
        signedIn.as("curator", () -> reviews.record(c.caseId(), d));
        Eventually.until("the school is told", () -> jdbc.queryForObject("""
                SELECT count(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = 'school' AND n.kind = 'review.SERVICE_NOT_ADEQUATE' AND n.case_id = ?""",
                Integer.class, c.caseId()) == 1);
        Eventually.allEventsDelivered(jdbc);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = 'police' AND n.kind = 'review.SERVICE_NOT_ADEQUATE' AND n.case_id = ?""",
                Integer.class, c.caseId())).as("the police's service met the need").isZero();
    }

    @Test
    void the_family_speaks_first_and_only_the_team_reviews() {
        ReviewDetails d = review(3, ReviewDecision.CONTINUE);
        d.setFamilyView(" ");
        assertThatThrownBy(() -> signedIn.as("curator", () -> reviews.record(c.caseId(), d)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ReviewDetails.FAMILY_VIEW));
        ReviewDetails future = review(3, ReviewDecision.CONTINUE);
        future.setHeldOn(LocalDate.now().plusDays(1));
        assertThatThrownBy(() -> signedIn.as("curator", () -> reviews.record(c.caseId(), future)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains(ReviewDetails.HELD_ON));
        for (String user : new String[] {"school", c.familyUser()}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> reviews.ofCase(c.caseId()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(user, () -> reviews.record(c.caseId(), review(3, ReviewDecision.CONTINUE))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
