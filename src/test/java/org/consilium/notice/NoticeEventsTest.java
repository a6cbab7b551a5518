package org.consilium.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.consilium.casefile.SharingService;
import org.consilium.plan.OverdueTasks;
import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.testing.Eventually;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event path end to end on the real database: a plan's change reaches those it concerns only after
 * it committed, never when it rolled back; each is told what they may know; overdue tasks are told once.
 */
@MariaDbTest
class NoticeEventsTest {

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TaskWorkService work;

    @Autowired
    Notices notices;

    @Autowired
    OverdueTasks overdue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SharingService sharing;

    @Autowired
    TransactionTemplate transactions;

    PlanningCase c;
    long planId;
    long schoolTask;

    @BeforeEach
    void planInForce() {
        c = testPlans.caseInPlanning();
        planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        schoolTask = ((Number) testPlans.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();
    }

    @Test
    void those_given_tasks_when_the_plan_comes_into_force_are_told_each_of_their_own_with_the_family_they_may_see() {
        Eventually.until("the school is told of its task", () -> count("school", "plan.TASK_ASSIGNED") == 1);
        Eventually.until("the family is told of its task", () -> count(c.familyUser(), "plan.TASK_ASSIGNED") == 1);
        Map<String, Object> school = notice("school", "plan.TASK_ASSIGNED");
        assertThat(school.get("family_name")).isEqualTo(familyName());
        assertThat(school.get("subject")).isEqualTo("Щоденно відмічати відвідування");
        assertThat(school.get("link")).isEqualTo("plan/" + c.caseId());
        assertThat(notice(c.familyUser(), "plan.TASK_ASSIGNED").get("link")).isEqualTo("my-plan");
        // The family was offered the plan, the curator and the supervisors heard it was agreed.
        Eventually.until("the family is told of the offer", () -> count(c.familyUser(), "plan.OFFERED") == 1);
        Eventually.until("the curator is told of the agreement", () -> count("curator", "plan.AGREED") == 1);
        Eventually.until("the supervisor is told of the agreement", () -> count("supervisor", "plan.AGREED") == 1);
        // Nobody is told of what they did themselves.
        assertThat(count("curator", "plan.OFFERED")).isZero();
        // The bell counts what the user has not read yet, and marks it read.
        long unread = signedIn.as("school", () -> notices.myUnreadCount());
        assertThat(unread).isPositive();
        List<NoticeRow> mine = signedIn.as("school", () -> notices.myLatest());
        assertThat(mine).extracting(NoticeRow::subject).contains("Щоденно відмічати відвідування");
        signedIn.as("school", () -> notices.markRead(mine.getFirst().id()));
        assertThat(signedIn.as("school", () -> notices.myUnreadCount())).isEqualTo(unread - 1);
        signedIn.as("school", () -> notices.markAllRead());
        assertThat(signedIn.as("school", () -> notices.myUnreadCount())).isZero();
    }

    @Test
    void a_change_is_told_after_its_commit_and_a_rolled_back_one_never() {
        transactions.executeWithoutResult(s -> {
            signedIn.as("school", () -> work.reportProgress(schoolTask, version(schoolTask), TaskStatus.IN_PROGRESS,
                    "Почали відмічати", false));
            s.setRollbackOnly();
        });
        // Nothing of the rolled-back change was kept for delivery.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?", Integer.class,
                "%TASK_PROGRESS%\"caseId\":" + c.caseId() + ",%")).isZero();
        signedIn.as("school", () -> work.reportProgress(schoolTask, version(schoolTask), TaskStatus.DONE, null, false));
        Eventually.until("the curator is told the task is done", () -> count("curator", "plan.TASK_DONE") == 1);
        Eventually.allEventsDelivered(jdbc);
        assertThat(count("curator", "plan.TASK_PROGRESS")).isZero();
        assertThat(notice("curator", "plan.TASK_DONE").get("actor_name")).isEqualTo("Наталія Гнатюк");
    }

    @Test
    void a_notice_keeps_the_family_from_a_partner_who_may_no_longer_see_the_case() {
        Eventually.allEventsDelivered(jdbc);
        Map<String, Object> consent = jdbc.queryForMap("SELECT id, version FROM family_consent WHERE family_id = ?", c.familyId());
        signedIn.as("curator", () -> sharing.withdrawConsent(c.caseId(), ((Number) consent.get("id")).longValue(),
                ((Number) consent.get("version")).longValue(), LocalDate.now()));
        jdbc.update("UPDATE plan_task SET due_on = ? WHERE id = ?", LocalDate.now().minusDays(2), schoolTask);
        overdue.check(LocalDate.now());
        Eventually.until("the school is told its task is overdue", () -> count("school", "plan.TASK_OVERDUE") == 1);
        Map<String, Object> told = notice("school", "plan.TASK_OVERDUE");
        assertThat(told.get("family_name")).isNull();
        assertThat(told.get("subject")).isNull();
        Eventually.until("the curator is told too", () -> count("curator", "plan.TASK_OVERDUE_CURATOR") == 1);
        assertThat(notice("curator", "plan.TASK_OVERDUE_CURATOR").get("family_name")).isEqualTo(familyName());
    }

    @Test
    void an_overdue_task_is_told_once_however_often_the_check_runs() {
        jdbc.update("UPDATE plan_task SET due_on = ? WHERE id = ?", LocalDate.now().minusDays(1), schoolTask);
        assertThat(overdue.check(LocalDate.now())).isGreaterThanOrEqualTo(1);
        Eventually.until("the school is told its task is overdue", () -> count("school", "plan.TASK_OVERDUE") == 1);
        overdue.check(LocalDate.now());
        overdue.check(LocalDate.now());
        Eventually.allEventsDelivered(jdbc);
        assertThat(count("school", "plan.TASK_OVERDUE")).isEqualTo(1);
        assertThat(count("curator", "plan.TASK_OVERDUE_CURATOR")).isEqualTo(1);
        // A new due date, missed again, is a new thing to tell.
        jdbc.update("UPDATE plan_task SET due_on = ? WHERE id = ?", LocalDate.now().minusDays(3), schoolTask);
        overdue.check(LocalDate.now());
        Eventually.until("the school is told again of the new date", () -> count("school", "plan.TASK_OVERDUE") == 2);
    }

    private long version(long taskId) {
        return jdbc.queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class, taskId);
    }

    private String familyName() {
        return jdbc.queryForObject("SELECT name FROM family WHERE id = ?", String.class, c.familyId());
    }

    private int count(String username, String kind) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.kind = ? AND n.case_id = ?""", Integer.class, username, kind, c.caseId());
    }

    private Map<String, Object> notice(String username, String kind) {
        return jdbc.queryForMap("""
                SELECT n.* FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.kind = ? AND n.case_id = ? ORDER BY n.id DESC LIMIT 1""", username, kind, c.caseId());
    }
}
