package org.consilium.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.consilium.base.ExportFormat;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.ContactKind;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.FollowUpDetails;
import org.consilium.casefile.FollowUpResult;
import org.consilium.request.RequestStatus;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboards' numbers on MariaDB, each against a count this test writes in plain SQL on the data the
 * tests seeded; and who may see which figures and reports.
 */
@MariaDbTest
class DashboardsTest {

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardLists lists;

    @Autowired
    DashboardExports exports;

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    SignedIn signedIn;

    @Autowired
    TestCases testCases;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void timeAsItIs() {
        clock.reset();
    }

    private long team() {
        return jdbc.queryForObject("SELECT agency_id FROM user_account WHERE username = 'supervisor'", Long.class);
    }

    /** A case closed for a reason, whose first follow-up contact found the results did not hold. */
    private long closedAndNotHeld() {
        long id = testCases.openCaseForDemoCurator();
        signedIn.as("curator", () -> cases.close(id, testCases.version(id),
                ClosureDetails.of(ClosureReason.REFUSED_COOPERATION, "", "Мати відмовилася від зустрічей")));
        clock.advance(Duration.ofDays(32));
        CaseSheet.FollowUpLine first = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow()).followUps().getFirst();
        FollowUpDetails d = new FollowUpDetails();
        d.setContactedOn(LocalDate.now(clock));
        d.setContactKind(ContactKind.CALL);
        d.setResult(FollowUpResult.NOT_HELD);
        d.setNotes("Знову конфлікти вдома");
        signedIn.as("curator", () -> cases.recordFollowUp(id, first.id(), first.version(), d));
        clock.reset();
        return id;
    }

    @Test
    void the_supervisors_numbers_equal_plain_sql_counts() {
        closedAndNotHeld();
        long team = team();
        Dashboards.SupervisorBoard b = signedIn.as("supervisor", () -> dashboards.supervisor());

        for (Dashboards.StageLevel s : b.byStageAndLevel()) {
            assertThat(s.count()).as(s.stage() + " " + s.level()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM family_case WHERE agency_id = ? AND is_open = TRUE AND stage = ? AND support_level = ?",
                    Long.class, team, s.stage().name(), s.level().name()));
            assertThat(signedIn.as("supervisor", () -> lists.rows(Figure.TEAM_STAGE_LEVEL, s.stage() + ":" + s.level())))
                    .as("the list behind it").hasSize((int) Math.min(s.count(), DashboardQueries.LIST_MAX));
        }
        assertThat(b.byStageAndLevel().stream().mapToLong(Dashboards.StageLevel::count).sum()).isEqualTo(
                jdbc.queryForObject("SELECT COUNT(*) FROM family_case WHERE agency_id = ? AND is_open = TRUE", Long.class, team));

        for (CuratorLoad l : b.caseloads()) {
            assertThat(l.openCases()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM family_case WHERE curator_id = ? AND is_open = TRUE AND agency_id = ?",
                    Long.class, l.curatorId(), team));
        }

        LocalDate today = LocalDate.now();
        long overdueTasks = b.overdue().stream().mapToLong(Dashboards.AgencyOverdue::tasks).sum();
        assertThat(overdueTasks).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM plan_task t, plan_goal g, family_plan p, family_case c
                WHERE g.id = t.goal_id AND p.id = g.plan_id AND c.id = p.case_id AND c.agency_id = ?
                  AND p.status = 'ACTIVE' AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.due_on < ?""",
                Long.class, team, Date.valueOf(today)));
        long overdueRequests = b.overdue().stream().mapToLong(Dashboards.AgencyOverdue::requests).sum();
        assertThat(overdueRequests).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM information_request r, family_case c WHERE c.id = r.case_id AND c.agency_id = ?
                  AND r.status IN ('SENT', 'IN_PROGRESS') AND r.due_on < ?""", Long.class, team, Date.valueOf(today)));

        Dashboards.MonthOutcome thisMonth = b.outcomes().getLast();
        assertThat(thisMonth.byReason().getOrDefault(ClosureReason.REFUSED_COOPERATION, 0L)).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM family_case WHERE agency_id = ? AND closure_reason_code = 'REFUSED_COOPERATION'
                  AND closed_at >= ?""", Long.class, team, Timestamp.valueOf(today.withDayOfMonth(1).atStartOfDay())));
        assertThat(b.outcomes()).hasSize(Dashboards.OUTCOME_MONTHS);
        // The list behind this month's figure (its query once lost the space before its limit).
        long refusedThisMonth = thisMonth.byReason().getOrDefault(ClosureReason.REFUSED_COOPERATION, 0L);
        assertThat(signedIn.as("supervisor", () -> lists.rows(Figure.TEAM_CLOSED,
                java.time.YearMonth.from(today) + ":" + ClosureReason.REFUSED_COOPERATION.name())))
                .hasSize((int) Math.min(refusedThisMonth, DashboardQueries.LIST_MAX));

        assertThat(b.followUps().get(FollowUpResult.NOT_HELD)).isPositive().isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM case_follow_up u, family_case c WHERE c.id = u.case_id AND c.agency_id = ?
                  AND u.status = 'DONE' AND u.result = 'NOT_HELD'""", Long.class, team));
        assertThat(signedIn.as("supervisor", () -> lists.rows(Figure.TEAM_FOLLOW_UPS, "NOT_HELD")))
                .hasSize(b.followUps().get(FollowUpResult.NOT_HELD).intValue());

        for (Dashboards.Response r : b.responses()) {
            assertThat(r.received()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM referral WHERE urgency = ? AND received_at >= ?", Long.class, r.urgency().name(),
                    Timestamp.from(Instant.now().minus(Duration.ofDays(Dashboards.RESPONSE_DAYS)))));
            assertThat(r.withinTarget() + r.late()).isLessThanOrEqualTo(r.received());
            assertThat(signedIn.as("supervisor", () -> lists.rows(Figure.REFERRALS_RECEIVED, r.urgency().name())))
                    .hasSize((int) Math.min(r.received(), DashboardQueries.LIST_MAX));
            assertThat(signedIn.as("supervisor", () -> lists.rows(Figure.REFERRALS_LATE, r.urgency().name())))
                    .hasSize((int) Math.min(r.late(), DashboardQueries.LIST_MAX));
        }
    }

    @Test
    void the_curators_overdue_work_equals_plain_sql_counts_and_the_lists_behind_hold_as_many() {
        long me = staff.idOf("curator");
        Dashboards.CuratorBoard b = signedIn.as("curator", () -> dashboards.curator());
        Date today = Date.valueOf(LocalDate.now());
        assertThat(b.stageOverdue()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM family_case WHERE curator_id = ? AND stage_due_on < ?", Long.class, me, today));
        assertThat(b.tasksOverdue()).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM plan_task t, plan_goal g, family_plan p, family_case c
                WHERE g.id = t.goal_id AND p.id = g.plan_id AND c.id = p.case_id AND c.curator_id = ?
                  AND p.status = 'ACTIVE' AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.due_on < ?""", Long.class, me, today));
        assertThat(signedIn.as("curator", () -> lists.rows(Figure.MY_STAGE_OVERDUE, "")))
                .hasSize((int) Math.min(b.stageOverdue(), DashboardQueries.LIST_MAX));
        assertThat(signedIn.as("curator", () -> lists.rows(Figure.MY_TASKS_OVERDUE, "")))
                .hasSize((int) Math.min(b.tasksOverdue(), DashboardQueries.LIST_MAX));
        assertThat(signedIn.as("curator", () -> lists.rows(Figure.MY_WEEK, "")))
                .hasSize((int) Math.min(b.weekCount(), DashboardQueries.LIST_MAX));
        assertThat(b.week()).hasSize((int) Math.min(b.weekCount(), Dashboards.WEEK_SHOWN));
    }

    @Test
    void a_partner_agency_sees_its_own_requests_and_tasks() {
        long school = jdbc.queryForObject("SELECT agency_id FROM user_account WHERE username = 'school'", Long.class);
        Dashboards.PartnerBoard b = signedIn.as("school", () -> dashboards.partner());
        Map<String, Long> open = Map.of("SENT", 0L, "IN_PROGRESS", 0L);
        for (String status : open.keySet()) {
            long n = jdbc.queryForObject("SELECT COUNT(*) FROM information_request WHERE agency_id = ? AND status = ?",
                    Long.class, school, status);
            assertThat(b.openRequests().getOrDefault(RequestStatus.valueOf(status), 0L)).isEqualTo(n);
        }
        long tasks = b.tasks().values().stream().mapToLong(Long::longValue).sum();
        assertThat(signedIn.as("school", () -> lists.rows(Figure.AGENCY_ANSWERED, ""))).hasSize((int) b.answered());
        assertThat(tasks).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM plan_task t, plan_goal g, family_plan p
                WHERE g.id = t.goal_id AND p.id = g.plan_id AND p.status = 'ACTIVE' AND t.agency_id = ?""", Long.class, school));
    }

    @Test
    void figures_and_reports_are_refused_to_those_they_are_not_for() {
        assertThatThrownBy(() -> signedIn.as("curator", () -> dashboards.supervisor())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> dashboards.curator())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> lists.rows(Figure.TEAM_FOLLOW_UPS, "NOT_HELD")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> lists.rows(Figure.MY_WEEK, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> lists.rows(Figure.TEAM_CLOSED, "not-a-month")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export("curator", exports::caseload, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export("school", exports::responseTimes, ExportFormat.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A report's export as the service writes it. */
    interface Report {
        int write(ExportFormat format, Locale locale, OutputStream out) throws IOException;
    }

    private int export(String user, Report report, ExportFormat format, OutputStream out) {
        return signedIn.as(user, () -> {
            try {
                return report.write(format, Locale.ENGLISH, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void the_caseload_report_is_exported_and_recorded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = export("supervisor", exports::caseload, ExportFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Case manager,Open cases,Norm,Over the norm").contains("Ірина Коваль");
        assertThat(csv.lines().count()).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'supervisor' AND action = 'EXPORT'"
                + " AND entity_type = 'caseload-report'", Integer.class)).isPositive();
    }
}
