package org.consilium.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' SQL: each figure's conditions written once, counted (grouped) for the dashboard and
 * listed for the list behind it, so that both always agree. Plain SQL that MariaDB and H2 both run; the
 * benchmark measures these queries beside the pages (docs/performance.md).
 */
@Component
class DashboardQueries {

    /** How many rows the list behind a figure shows at most. */
    static final int LIST_MAX = 500;

    static final String OPEN_TASK = "t.status IN ('PLANNED', 'IN_PROGRESS')";
    static final String OPEN_REQUEST = "r.status IN ('SENT', 'IN_PROGRESS')";
    static final String PENDING_REFERRAL = "r.status IN ('NEW', 'VERIFYING', 'VERIFIED')";

    static final String TEAM_OPEN = "FROM family_case c WHERE c.agency_id = ? AND c.is_open = TRUE";
    static final String TASKS = """
            FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id JOIN family_plan p ON p.id = g.plan_id
            JOIN family_case c ON c.id = p.case_id WHERE p.status = 'ACTIVE'""";
    static final String REQUESTS = "FROM information_request r JOIN family_case c ON c.id = r.case_id WHERE 1 = 1";
    static final String TEAM_FOLLOW_UPS = """
            FROM case_follow_up u JOIN family_case c ON c.id = u.case_id
            WHERE c.agency_id = ? AND u.status = 'DONE'""";

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- A supervisor's team ----------------------------------------------------------------------------

    /** The team's open cases by stage and support level: rows of stage, level, count. */
    List<Object[]> teamByStageAndLevel(long teamId) {
        return jdbc.query("SELECT c.stage, c.support_level, COUNT(*) " + TEAM_OPEN + " GROUP BY c.stage, c.support_level",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}, teamId);
    }

    List<DashboardLine> teamStageLevelCases(long teamId, String stage, String level) {
        return jdbc.query("SELECT c.id, f.name, c.stage, c.stage_due_on " + TEAM_OPEN.replace("WHERE",
                        "JOIN family f ON f.id = c.family_id WHERE") + " AND c.stage = ? AND c.support_level = ? ORDER BY f.name LIMIT "
                        + LIST_MAX,
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "case.stage." + rs.getString(3), List.of(),
                        date(rs.getDate(4))), teamId, stage, level);
    }

    /** The team's overdue open tasks in plans in force by the agency that does them (0: the family): id, count. */
    Map<Long, Long> teamOverdueTasksByAgency(long teamId, LocalDate today) {
        return counts("SELECT COALESCE(t.agency_id, 0), COUNT(*) " + TASKS + " AND c.agency_id = ? AND " + OPEN_TASK
                + " AND t.due_on < ? GROUP BY COALESCE(t.agency_id, 0)", teamId, Date.valueOf(today));
    }

    List<DashboardLine> teamOverdueTasks(long teamId, LocalDate today, long agencyId) {
        return tasks(" AND c.agency_id = ? AND " + OPEN_TASK + " AND t.due_on < ? AND COALESCE(t.agency_id, 0) = ?",
                teamId, Date.valueOf(today), agencyId);
    }

    /** The team's overdue open information requests by the agency asked: id, count. */
    Map<Long, Long> teamOverdueRequestsByAgency(long teamId, LocalDate today) {
        return counts("SELECT r.agency_id, COUNT(*) " + REQUESTS + " AND c.agency_id = ? AND " + OPEN_REQUEST
                + " AND r.due_on < ? GROUP BY r.agency_id", teamId, Date.valueOf(today));
    }

    List<DashboardLine> teamOverdueRequests(long teamId, LocalDate today, long agencyId) {
        return requests(" AND c.agency_id = ? AND " + OPEN_REQUEST + " AND r.due_on < ? AND r.agency_id = ?",
                teamId, Date.valueOf(today), agencyId);
    }

    /** The team's cases closed since {@code from}: rows of closing time and reason. */
    List<Object[]> teamClosedSince(long teamId, Instant from) {
        return jdbc.query("SELECT c.closed_at, c.closure_reason_code FROM family_case c WHERE c.agency_id = ? AND c.closed_at >= ?",
                (rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getString(2)}, teamId, Timestamp.from(from));
    }

    List<DashboardLine> teamClosed(long teamId, Instant from, Instant to, String reason) {
        return jdbc.query("""
                        SELECT c.id, f.name, c.closure_reason_code, c.closed_at FROM family_case c JOIN family f ON f.id = c.family_id
                        WHERE c.agency_id = ? AND c.closed_at >= ? AND c.closed_at < ? AND c.closure_reason_code = ?
                        ORDER BY c.closed_at LIMIT %d""".formatted(LIST_MAX),
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "case.closureReason." + rs.getString(3),
                        List.of(), rs.getTimestamp(4).toLocalDateTime().toLocalDate()),
                teamId, Timestamp.from(from), Timestamp.from(to), reason);
    }

    /** The team's follow-up contacts made, by what they found: result, count. */
    Map<String, Long> teamFollowUpsByResult(long teamId) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("SELECT u.result, COUNT(*) " + TEAM_FOLLOW_UPS + " GROUP BY u.result",
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, teamId);
        return out;
    }

    List<DashboardLine> teamFollowUps(long teamId, String result) {
        return jdbc.query("SELECT c.id, f.name, u.result, u.contacted_on " + TEAM_FOLLOW_UPS.replace("WHERE",
                        "JOIN family f ON f.id = c.family_id WHERE") + " AND u.result = ? ORDER BY u.contacted_on DESC LIMIT " + LIST_MAX,
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "followUp.result." + rs.getString(3), List.of(),
                        date(rs.getDate(4))), teamId, result);
    }

    // ---- Referrals ------------------------------------------------------------------------------------------

    /** Referrals received since {@code from}: urgency, received, verified (or null), due, status. */
    List<Object[]> referralsSince(Instant from) {
        return jdbc.query("SELECT r.urgency, r.received_at, r.verified_at, r.due_at, r.status FROM referral r WHERE r.received_at >= ?",
                (rs, i) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                        rs.getString(5)}, Timestamp.from(from));
    }

    /** The condition of a referral that waited past its target: verified late, or still pending past it. */
    static final String LATE_REFERRAL = "((r.verified_at IS NOT NULL AND r.verified_at > r.due_at) OR (r.verified_at IS NULL AND "
            + PENDING_REFERRAL + " AND r.due_at < ?))";

    List<DashboardLine> lateReferrals(Instant from, Instant now, String urgency) {
        return referrals(" AND " + LATE_REFERRAL, Timestamp.from(from), urgency, Timestamp.from(now));
    }

    List<DashboardLine> receivedReferrals(Instant from, String urgency) {
        return referrals("", Timestamp.from(from), urgency);
    }

    private List<DashboardLine> referrals(String where, Object... args) {
        return jdbc.query("SELECT r.id, r.people_concerned, r.urgency, r.received_at FROM referral r WHERE r.received_at >= ? "
                        + "AND r.urgency = ?" + where + " ORDER BY r.received_at LIMIT " + LIST_MAX,
                (rs, i) -> new DashboardLine("referrals", rs.getString(2), "referral.urgency." + rs.getString(3), List.of(),
                        rs.getTimestamp(4).toLocalDateTime().toLocalDate()), args);
    }

    // ---- A curator's own cases ----------------------------------------------------------------------------

    long myStageOverdue(long curatorId, LocalDate today) {
        return count("SELECT COUNT(*) FROM family_case c WHERE c.curator_id = ? AND c.stage_due_on < ?", curatorId, Date.valueOf(today));
    }

    List<DashboardLine> myStageOverdueCases(long curatorId, LocalDate today) {
        return jdbc.query("""
                        SELECT c.id, f.name, c.stage, c.stage_due_on FROM family_case c JOIN family f ON f.id = c.family_id
                        WHERE c.curator_id = ? AND c.stage_due_on < ? ORDER BY c.stage_due_on LIMIT %d""".formatted(LIST_MAX),
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "case.stage." + rs.getString(3), List.of(),
                        date(rs.getDate(4))), curatorId, Date.valueOf(today));
    }

    long myTasksOverdue(long curatorId, LocalDate today) {
        return count("SELECT COUNT(*) " + TASKS + " AND c.curator_id = ? AND " + OPEN_TASK + " AND t.due_on < ?",
                curatorId, Date.valueOf(today));
    }

    List<DashboardLine> myOverdueTasks(long curatorId, LocalDate today) {
        return tasks(" AND c.curator_id = ? AND " + OPEN_TASK + " AND t.due_on < ?", curatorId, Date.valueOf(today));
    }

    long myRequestsOverdue(long curatorId, LocalDate today) {
        return count("SELECT COUNT(*) " + REQUESTS + " AND c.curator_id = ? AND " + OPEN_REQUEST + " AND r.due_on < ?",
                curatorId, Date.valueOf(today));
    }

    List<DashboardLine> myOverdueRequests(long curatorId, LocalDate today) {
        return requests(" AND c.curator_id = ? AND " + OPEN_REQUEST + " AND r.due_on < ?", curatorId, Date.valueOf(today));
    }

    static final String WEEK_STAGES = "FROM family_case c JOIN family f ON f.id = c.family_id "
            + "WHERE c.curator_id = ? AND c.stage_due_on >= ? AND c.stage_due_on <= ?";
    static final String WEEK_MEETINGS = "FROM meeting m JOIN family_case c ON c.id = m.case_id JOIN family f ON f.id = c.family_id "
            + "WHERE c.curator_id = ? AND m.status = 'SCHEDULED' AND m.starts_at >= ? AND m.starts_at < ?";
    static final String WEEK_FOLLOW_UPS = "FROM case_follow_up u JOIN family_case c ON c.id = u.case_id "
            + "JOIN family f ON f.id = c.family_id WHERE c.curator_id = ? AND u.status = 'PLANNED' AND u.due_on >= ? AND u.due_on <= ?";
    static final String WEEK_STEPS = "FROM case_contact k JOIN family_case c ON c.id = k.case_id JOIN family f ON f.id = c.family_id "
            + "WHERE c.curator_id = ? AND k.next_step_on >= ? AND k.next_step_on <= ?";
    static final String WEEK_TASKS = " AND c.curator_id = ? AND " + OPEN_TASK + " AND t.due_on >= ? AND t.due_on <= ?";
    static final String WEEK_REQUESTS = " AND c.curator_id = ? AND " + OPEN_REQUEST + " AND r.due_on >= ? AND r.due_on <= ?";

    /** How many things are due in the curator's cases from {@code from} to {@code to}: see {@link #myWeek}. */
    long myWeekCount(long curatorId, LocalDate from, LocalDate to) {
        Date a = Date.valueOf(from);
        Date b = Date.valueOf(to);
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
        return count("SELECT COUNT(*) " + WEEK_STAGES, curatorId, a, b)
                + count("SELECT COUNT(*) " + TASKS + WEEK_TASKS, curatorId, a, b)
                + count("SELECT COUNT(*) " + REQUESTS + WEEK_REQUESTS, curatorId, a, b)
                + count("SELECT COUNT(*) " + WEEK_MEETINGS, curatorId, start, end)
                + count("SELECT COUNT(*) " + WEEK_FOLLOW_UPS, curatorId, a, b)
                + count("SELECT COUNT(*) " + WEEK_STEPS, curatorId, a, b);
    }

    /**
     * What is due in the curator's cases from {@code from} to {@code to} — stage work, open tasks, awaited
     * answers, meetings, follow-up contacts and the next steps set at contacts — by date, the first {@code max}.
     */
    List<DashboardLine> myWeek(long curatorId, LocalDate from, LocalDate to, int max) {
        Date a = Date.valueOf(from);
        Date b = Date.valueOf(to);
        String limit = " LIMIT " + max;
        List<DashboardLine> out = new ArrayList<>();
        out.addAll(jdbc.query("SELECT c.id, f.name, c.stage, c.stage_due_on " + WEEK_STAGES + " ORDER BY c.stage_due_on, c.id" + limit,
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "dashboard.week.stage",
                        List.of("case.stage." + rs.getString(3)), date(rs.getDate(4))), curatorId, a, b));
        out.addAll(tasksUpTo(max, WEEK_TASKS, curatorId, a, b));
        out.addAll(requestsUpTo(max, WEEK_REQUESTS, curatorId, a, b));
        out.addAll(jdbc.query("SELECT m.id, f.name, m.title, m.starts_at " + WEEK_MEETINGS + " ORDER BY m.starts_at" + limit,
                (rs, i) -> new DashboardLine("meeting/" + rs.getLong(1), rs.getString(2), "dashboard.week.meeting",
                        List.of(rs.getString(3)), rs.getTimestamp(4).toLocalDateTime().toLocalDate()),
                curatorId, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
        out.addAll(jdbc.query("SELECT c.id, f.name, u.step_no, u.due_on " + WEEK_FOLLOW_UPS + " ORDER BY u.due_on" + limit,
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "dashboard.week.followUp",
                        List.of(String.valueOf(rs.getInt(3))), date(rs.getDate(4))), curatorId, a, b));
        out.addAll(jdbc.query("SELECT c.id, f.name, k.next_step, k.next_step_on " + WEEK_STEPS + " ORDER BY k.next_step_on" + limit,
                (rs, i) -> new DashboardLine("case/" + rs.getLong(1), rs.getString(2), "case.due.contactStep",
                        List.of(rs.getString(3)), date(rs.getDate(4))), curatorId, a, b));
        out.sort(Comparator.comparing(DashboardLine::date).thenComparing(DashboardLine::familyName));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }

    // ---- A partner agency ------------------------------------------------------------------------------------

    /** The agency's open requests by status. */
    Map<String, Long> agencyOpenRequestsByStatus(long agencyId) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("SELECT r.status, COUNT(*) FROM information_request r WHERE r.agency_id = ? AND " + OPEN_REQUEST
                + " GROUP BY r.status", rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, agencyId);
        return out;
    }

    List<DashboardLine> agencyRequests(long agencyId, String status) {
        return requests(" AND r.agency_id = ? AND r.status = ?", agencyId, status);
    }

    /** The agency's tasks in plans in force by status. */
    Map<String, Long> agencyTasksByStatus(long agencyId) {
        Map<String, Long> out = new HashMap<>();
        jdbc.query("SELECT t.status, COUNT(*) " + TASKS + " AND t.agency_id = ? GROUP BY t.status", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        }, agencyId);
        return out;
    }

    List<DashboardLine> agencyTasks(long agencyId, String status) {
        return tasks(" AND t.agency_id = ? AND t.status = ?", agencyId, status);
    }

    List<DashboardLine> agencyAnswered(long agencyId, Instant from) {
        return requests(" AND r.agency_id = ? AND r.answered_at >= ?", agencyId, Timestamp.from(from));
    }

    /** The agency's requests answered since {@code from}: sent, answered, due. */
    List<Object[]> agencyAnsweredSince(long agencyId, Instant from) {
        return jdbc.query("SELECT r.sent_at, r.answered_at, r.due_on FROM information_request r WHERE r.agency_id = ? AND r.answered_at >= ?",
                (rs, i) -> new Object[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), date(rs.getDate(3))},
                agencyId, Timestamp.from(from));
    }

    // ---- Shared ----------------------------------------------------------------------------------------------

    /** The names of agencies by id. */
    Map<Long, String> agencyNames() {
        Map<Long, String> out = new HashMap<>();
        jdbc.query("SELECT id, name FROM agency", rs -> {
            out.put(rs.getLong(1), rs.getString(2));
        });
        return out;
    }

    private List<DashboardLine> tasks(String where, Object... args) {
        return tasksUpTo(LIST_MAX, where, args);
    }

    private List<DashboardLine> tasksUpTo(int max, String where, Object... args) {
        return jdbc.query("SELECT c.id, f.name, t.description, t.due_on " + TASKS.replace("WHERE",
                        "JOIN family f ON f.id = c.family_id WHERE") + where + " ORDER BY t.due_on, t.id LIMIT " + max,
                (rs, i) -> new DashboardLine("plan/" + rs.getLong(1), rs.getString(2), "dashboard.line.task", List.of(rs.getString(3)),
                        date(rs.getDate(4))), args);
    }

    private List<DashboardLine> requests(String where, Object... args) {
        return requestsUpTo(LIST_MAX, where, args);
    }

    private List<DashboardLine> requestsUpTo(int max, String where, Object... args) {
        return jdbc.query("SELECT r.id, r.family_name, r.agency_id, r.due_on, a.name " + REQUESTS.replace("WHERE",
                        "JOIN agency a ON a.id = r.agency_id WHERE") + where + " ORDER BY r.due_on, r.id LIMIT " + max,
                (rs, i) -> new DashboardLine("request/" + rs.getLong(1), rs.getString(2), "dashboard.line.request",
                        List.of(rs.getString(5)), date(rs.getDate(4))), args);
    }

    private Map<Long, Long> counts(String sql, Object... args) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        }, args);
        return out;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
