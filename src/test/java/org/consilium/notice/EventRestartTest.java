package org.consilium.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.testing.Eventually;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An event committed but not delivered — the server stopped before its listener finished — is kept in
 * the registry and delivered when the server starts again (what
 * {@code spring.modulith.events.republish-outstanding-events-on-restart} does at start-up).
 */
@MariaDbTest
class EventRestartTest {

    @MockitoSpyBean
    NoticeWriter writer;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TaskWorkService work;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_event_committed_before_a_stop_is_delivered_after_the_start() {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        Eventually.allEventsDelivered(jdbc);
        long task = ((Number) testPlans.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();
        long version = jdbc.queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class, task);

        // The server "stops" while the notice is being written: the delivery does not finish.
        doThrow(new IllegalStateException("The server stopped")).doCallRealMethod().when(writer).tell(any(), any());
        signedIn.as("school", () -> work.reportProgress(task, version, TaskStatus.DONE, null, false));
        Eventually.until("the failed delivery is over", () -> jdbc.queryForObject("""
                SELECT COUNT(*) FROM EVENT_PUBLICATION
                WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE '%PlanNotices%' AND STATUS = 'FAILED'""", Integer.class) == 1);
        assertThat(doneNotices(c)).isZero();

        // The start: what was left is delivered, once.
        incomplete.resubmitIncompletePublications(p -> true);
        Eventually.until("the curator is told after the start", () -> doneNotices(c) == 1);
        Eventually.allEventsDelivered(jdbc);
        assertThat(doneNotices(c)).isEqualTo(1);
    }

    private int doneNotices(PlanningCase c) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = 'curator' AND n.kind = 'plan.TASK_DONE' AND n.case_id = ?""", Integer.class, c.caseId());
    }
}
