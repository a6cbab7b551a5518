package org.consilium.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consilium.base.BusinessException;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Figures reported for a goal's indicator arrive by {@link GoalIndicatorReported}, inside the
 * reporter's transaction, and every reader of the plan sees them on the goal.
 */
@MariaDbTest
class GoalReadingsTest {

    private static final String DAYS_MISSED = "request.indicator.daysMissed";
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlanReader reader;

    @Autowired
    PlanService plans;

    @Autowired
    TestPlans testPlans;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    private PlanningCase c;
    private long planId;
    private String goalKey;
    /** Sources unique to this test run: the database is kept between runs. */
    private long source;

    @BeforeEach
    void anActivePlan() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        goalKey = jdbc.queryForObject("SELECT item_key FROM plan_goal WHERE plan_id = ?", String.class, planId);
        source = System.nanoTime();
    }

    private GoalIndicatorReported figure(String goal, LocalDate month, String value, long sourceId) {
        return new GoalIndicatorReported(c.caseId(), goal, DAYS_MISSED, month, month.plusMonths(1).minusDays(1),
                new BigDecimal(value), "request-answer", sourceId);
    }

    /** Publishes as the school answering a request would: signed in, inside its own transaction. */
    private void report(GoalIndicatorReported... figures) {
        signedIn.as("school", () -> transactions.executeWithoutResult(status -> {
            for (GoalIndicatorReported f : figures) {
                events.publishEvent(f);
            }
        }));
    }

    private long readingsOfCase() {
        return jdbc.queryForObject("SELECT count(*) FROM goal_reading WHERE case_id = ?", Long.class, c.caseId());
    }

    private List<PlanSheet.Reading> readingsOnSheetFor(String user) {
        return signedIn.as(user, () -> reader.sheet(planId).orElseThrow().goals().getFirst().readings());
    }

    @Test
    void a_reported_figure_is_recorded_for_the_goal_and_the_same_source_reported_again_changes_it() {
        report(figure(goalKey, JAN, "3", source));
        assertThat(jdbc.queryForMap("SELECT family_id, goal_key, indicator, period_start, period_end, `value` "
                        + "FROM goal_reading WHERE source_type = 'request-answer' AND source_id = ?", source))
                .containsEntry("family_id", c.familyId()).containsEntry("goal_key", goalKey)
                .containsEntry("indicator", DAYS_MISSED)
                .containsEntry("period_start", java.sql.Date.valueOf(JAN))
                .containsEntry("period_end", java.sql.Date.valueOf(LocalDate.of(2026, 1, 31)))
                .containsEntry("value", new BigDecimal("3.00"));

        report(figure(goalKey, JAN, "5.5", source));
        assertThat(readingsOfCase()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT `value` FROM goal_reading WHERE case_id = ?", BigDecimal.class, c.caseId()))
                .isEqualByComparingTo("5.5");
        // The audit log puts both changes in the family's file.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_entry WHERE entity_type = 'GoalReading' AND family_id = ? AND case_id = ?""",
                Long.class, c.familyId(), c.caseId())).isEqualTo(2);
    }

    @Test
    void a_figure_published_outside_any_transaction_is_recorded_and_changed_in_one_of_its_own() {
        signedIn.as("school", () -> events.publishEvent(figure(goalKey, JAN, "3", source)));
        signedIn.as("school", () -> events.publishEvent(figure(goalKey, JAN, "4", source)));
        assertThat(jdbc.queryForObject("SELECT `value` FROM goal_reading WHERE case_id = ?", BigDecimal.class, c.caseId()))
                .isEqualByComparingTo("4");
    }

    @Test
    void a_goal_not_in_the_cases_plan_is_refused_and_rolls_back_what_the_reporter_did_before() {
        PlanningCase other = testPlans.caseInPlanning();
        long otherPlan = testPlans.draftWithTasks(other);
        String otherGoal = jdbc.queryForObject("SELECT item_key FROM plan_goal WHERE plan_id = ?", String.class, otherPlan);

        for (String wrongGoal : List.of(UUID.randomUUID().toString(), otherGoal)) {
            assertThatThrownBy(() -> report(figure(goalKey, JAN, "3", source), figure(wrongGoal, FEB, "1", source + 1)))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("plan.readings.unknownGoal");
        }
        assertThat(readingsOfCase()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goal_reading WHERE source_id IN (?, ?)", Long.class,
                source, source + 1)).isZero();

        // A source belongs to one family: reported again for another case, it is refused.
        report(figure(goalKey, JAN, "3", source + 2));
        GoalIndicatorReported moved = new GoalIndicatorReported(other.caseId(), otherGoal, DAYS_MISSED, JAN,
                LocalDate.of(2026, 1, 31), BigDecimal.ONE, "request-answer", source + 2);
        assertThatThrownBy(() -> report(moved)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("plan.readings.otherCase");
        assertThat(jdbc.queryForObject("SELECT case_id FROM goal_reading WHERE source_type = 'request-answer' AND source_id = ?",
                Long.class, source + 2)).isEqualTo(c.caseId());
    }

    @Test
    void a_period_ending_before_it_starts_and_a_negative_figure_are_refused() {
        GoalIndicatorReported reversed = new GoalIndicatorReported(c.caseId(), goalKey, DAYS_MISSED, FEB, JAN,
                BigDecimal.ONE, "request-answer", source);
        assertThatThrownBy(() -> report(reversed)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("plan.readings.periodReversed");
        assertThatThrownBy(() -> report(figure(goalKey, JAN, "-1", source))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("plan.readings.negative");
        // A figure already recorded is not changed by a refused one from the same source.
        report(figure(goalKey, JAN, "2", source));
        assertThatThrownBy(() -> report(figure(goalKey, JAN, "-2", source))).isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("SELECT `value` FROM goal_reading WHERE case_id = ?", BigDecimal.class, c.caseId()))
                .isEqualByComparingTo("2");
    }

    @Test
    void readings_appear_on_their_goal_in_period_order_for_the_curator_the_school_and_the_family() {
        report(figure(goalKey, FEB, "1", source), figure(goalKey, JAN, "4", source + 1));

        List<PlanSheet.Reading> expected = List.of(
                new PlanSheet.Reading(DAYS_MISSED, JAN, LocalDate.of(2026, 1, 31), new BigDecimal("4.00")),
                new PlanSheet.Reading(DAYS_MISSED, FEB, LocalDate.of(2026, 2, 28), new BigDecimal("1.00")));
        assertThat(readingsOnSheetFor("curator")).isEqualTo(expected);
        assertThat(readingsOnSheetFor("school")).isEqualTo(expected);
        assertThat(readingsOnSheetFor(c.familyUser())).isEqualTo(expected);

        // A revision keeps the goal's key, and with it the goal's readings; a new goal has none.
        long revision = signedIn.as("curator", () -> plans.revise(planId, testPlans.planVersion(planId)).getId());
        signedIn.as("curator", () -> plans.addGoal(revision, TestPlans.goal("Ігор вчасно виконує домашні завдання")));
        List<PlanSheet.Goal> revised = signedIn.as("curator", () -> reader.sheet(revision).orElseThrow().goals());
        assertThat(revised.get(0).readings()).isEqualTo(expected);
        assertThat(revised.get(1).readings()).isEmpty();
    }

    @Test
    void the_current_plan_offers_the_goals_of_the_version_agreed_and_is_refused_to_a_curator_of_another_team() {
        long revision = signedIn.as("curator", () -> plans.revise(planId, testPlans.planVersion(planId)).getId());
        signedIn.as("curator", () -> plans.addGoal(revision, TestPlans.goal("Ігор вчасно виконує домашні завдання")));

        // The revision is only a draft: the version in force is what the family agreed to.
        CurrentPlan current = signedIn.as("curator", () -> reader.current(c.caseId())).orElseThrow();
        assertThat(current.planId()).isEqualTo(planId);
        assertThat(current.endsOn()).isEqualTo(LocalDate.now().plusMonths(6));
        assertThat(current.goals()).extracting(GoalRef::key, GoalRef::statement, GoalRef::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(goalKey, "Ігор щодня відвідує школу",
                        LocalDate.now().plusMonths(3)));
        assertThat(signedIn.as("supervisor", () -> reader.current(c.caseId()))).contains(current);

        String stranger = staff.createInAnotherTeam("cur.", "Куратор Іншого Центру", AppRoles.CURATOR, "another-team-1");
        assertThatThrownBy(() -> signedIn.as(stranger, () -> reader.current(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> reader.current(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void before_any_version_is_agreed_the_current_plan_is_the_latest_draft_and_without_a_plan_there_is_none() {
        PlanningCase fresh = testPlans.caseInPlanning();
        assertThat(signedIn.as("curator", () -> reader.current(fresh.caseId()))).isEmpty();
        long draft = testPlans.draftWithTasks(fresh);
        assertThat(signedIn.as("curator", () -> reader.current(fresh.caseId()))).get()
                .satisfies(p -> assertThat(p.planId()).isEqualTo(draft))
                .satisfies(p -> assertThat(p.goals()).hasSize(1));
    }
}
