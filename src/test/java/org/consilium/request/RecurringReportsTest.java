package org.consilium.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consilium.agency.AgencyType;
import org.consilium.plan.GoalRef;
import org.consilium.plan.PlanReader;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recurring reports on MariaDB: a monthly request sends one report per ended month, once, however
 * often the job runs; each submitted report gives the linked plan goal its days missed.
 */
@MariaDbTest
class RecurringReportsTest {

    @Autowired
    RequestService requests;

    @Autowired
    AnswerService answers;

    @Autowired
    RecurringReports recurring;

    @Autowired
    PlanReader plans;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    PlanningCase c;
    String goalKey;
    LocalDate firstMonth;

    @BeforeEach
    void aPlanInForceWithAnAttendanceGoal() {
        c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        goalKey = signedIn.as("curator", () -> plans.current(c.caseId())).orElseThrow().goals().stream()
                .map(GoalRef::key).findFirst().orElseThrow();
        firstMonth = LocalDate.now(clock).withDayOfMonth(1).minusMonths(3);
    }

    private InformationRequest monthly() {
        long child = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Ігор'",
                Long.class, c.familyId());
        RequestDetails d = new RequestDetails();
        d.setMemberId(child);
        d.setKind(RequestKind.SCHOOL_CHARACTERISATION);
        d.setAgencyId(staff.agencyOf(AgencyType.SCHOOL).getId());
        d.setQuestions(EnumSet.of(RequestQuestion.ATTENDANCE));
        d.setPeriodFrom(firstMonth);
        d.setRepeat(Repeat.MONTHLY);
        d.setRepeatUntil(LocalDate.now(clock).plusMonths(6));
        d.setGoalKey(goalKey);
        return signedIn.as("curator", () -> requests.send(c.caseId(), d));
    }

    private List<Map<String, Object>> series(long firstId) {
        return jdbc.queryForList("SELECT id, period_from, period_to FROM information_request WHERE id = ? OR series_id = ?"
                + " ORDER BY period_from", firstId, firstId);
    }

    @Test
    void each_ended_month_is_sent_once_however_often_the_job_runs() {
        InformationRequest first = monthly();
        assertThat(first.getPeriodTo()).isEqualTo(firstMonth.plusMonths(1).minusDays(1));
        LocalDate today = LocalDate.now(clock);

        assertThat(recurring.sendDueOf(first.getId(), today)).isEqualTo(2);
        List<Map<String, Object>> sent = series(first.getId());
        assertThat(sent).extracting(row -> row.get("period_from").toString()).containsExactly(
                firstMonth.toString(), firstMonth.plusMonths(1).toString(), firstMonth.plusMonths(2).toString());

        // Again, as after a restart: nothing more is sent.
        assertThat(recurring.sendDue(today)).as("the whole job, as after a restart").isGreaterThanOrEqualTo(0);
        assertThat(recurring.sendDueOf(first.getId(), today)).isZero();
        assertThat(series(first.getId())).hasSize(3);
        // The current month is sent once it has ended.
        recurring.sendDueOf(first.getId(), today.withDayOfMonth(1).plusMonths(1));
        assertThat(series(first.getId())).hasSize(4);
        // The database itself refuses a second report for the same period.
        assertThatThrownBy(() -> jdbc.update("INSERT INTO information_request (case_id, family_id, family_name,"
                + " subject_name, agency_id, kind, period_from, period_to, due_on, sent_at, sent_by, sent_by_name,"
                + " sent_by_team, basis, repeat_every, status, series_id) SELECT case_id, family_id, family_name,"
                + " subject_name, agency_id, kind, period_from, period_to, due_on, sent_at, sent_by, sent_by_name,"
                + " sent_by_team, basis, repeat_every, status, series_id FROM information_request"
                + " WHERE series_id = ? AND period_from = ?", first.getId(), firstMonth.plusMonths(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_submitted_report_gives_the_goal_its_days_missed_for_the_month() {
        InformationRequest first = monthly();
        recurring.sendDueOf(first.getId(), LocalDate.now(clock));
        long second = (Long) series(first.getId()).get(1).get("id");
        submit(first.getId(), "2", "3");
        submit(second, "1", "0");
        List<Map<String, Object>> readings = jdbc.queryForList("SELECT period_start, value FROM goal_reading"
                + " WHERE case_id = ? AND goal_key = ? ORDER BY period_start", c.caseId(), goalKey);
        assertThat(readings).extracting(r -> ((BigDecimal) r.get("value")).intValue()).containsExactly(5, 1);
        assertThat(readings.getFirst().get("period_start").toString()).isEqualTo(firstMonth.toString());
    }

    private void submit(long requestId, String excused, String unexcused) {
        Map<AnswerField, String> a = new EnumMap<>(AnswerField.class);
        a.put(AnswerField.DAYS_MISSED_EXCUSED, excused);
        a.put(AnswerField.DAYS_MISSED_UNEXCUSED, unexcused);
        a.put(AnswerField.PREPARED_BY_ROLE, "CLASS_TEACHER");
        a.put(AnswerField.PREPARED_BY_NAME, "Гнатюк Наталія");
        a.put(AnswerField.SIGNED_BY, "Директор");
        long version = jdbc.queryForObject("SELECT version FROM information_request WHERE id = ?", Long.class, requestId);
        signedIn.as("school", () -> answers.submit(requestId, version, a));
    }
}
