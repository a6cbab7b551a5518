package org.consilium.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.dashboard.Dashboards;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures each dashboard against 100 000 cases on MariaDB, next to the plain SQL of its numbers run
 * directly (docs/performance.md). Not part of the test suite; run it by hand as the other benchmarks. It
 * uses its own database {@code consilium_bench_dash}, which it drops and creates.
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);
    private static final int CASES = 100_000;
    private static final int RUNS = 40;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = Bench.start("consilium_bench_dash", "?rewriteBatchedStatements=true");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            fill(jdbc);
            jdbc.execute("ANALYZE TABLE family_case, plan_task, plan_goal, family_plan, information_request, referral, case_follow_up");
            Dashboards dashboards = ctx.getBean(Dashboards.class);
            long team = jdbc.queryForObject("select id from agency where code = 'CSS-SHEV'", Long.class);
            long curator = jdbc.queryForObject("select id from user_account where username = 'curator'", Long.class);
            long school = jdbc.queryForObject("select id from agency where code = 'SCH-12'", Long.class);

            double[] page = time(() -> SystemAccess.as("supervisor", List.of(AppRoles.SUPERVISOR), dashboards::supervisor));
            double[] sql = time(() -> supervisorSql(jdbc, team));
            line("supervisor's dashboard", page, sql);
            page = time(() -> SystemAccess.as("curator", List.of(AppRoles.CURATOR), dashboards::curator));
            sql = time(() -> curatorSql(jdbc, curator));
            line("curator's dashboard", page, sql);
            page = time(() -> SystemAccess.as("school", List.of(AppRoles.SCHOOL), dashboards::partner));
            sql = time(() -> partnerSql(jdbc, school));
            line("partner agency's dashboard (school)", page, sql);
        } finally {
            ctx.close();
        }
    }

    /** The plain SQL of the supervisor's numbers, as a reader would write it, run directly. */
    static void supervisorSql(JdbcTemplate jdbc, long team) {
        Date today = Date.valueOf(LocalDate.now());
        jdbc.queryForList("select curator_id, model, count(*) from family_case where agency_id = ? and is_open = true group by curator_id, model", team);
        jdbc.queryForList("select stage, support_level, count(*) from family_case where agency_id = ? and is_open = true group by stage, support_level", team);
        jdbc.queryForList("select urgency, received_at, verified_at, due_at, status from referral where received_at >= ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(90))));
        jdbc.queryForList("""
                select coalesce(t.agency_id, 0), count(*) from plan_task t join plan_goal g on g.id = t.goal_id
                join family_plan p on p.id = g.plan_id join family_case c on c.id = p.case_id
                where p.status = 'ACTIVE' and c.agency_id = ? and t.status in ('PLANNED', 'IN_PROGRESS') and t.due_on < ?
                group by coalesce(t.agency_id, 0)""", team, today);
        jdbc.queryForList("""
                select r.agency_id, count(*) from information_request r join family_case c on c.id = r.case_id
                where c.agency_id = ? and r.status in ('SENT', 'IN_PROGRESS') and r.due_on < ? group by r.agency_id""", team, today);
        jdbc.queryForList("select closed_at, closure_reason_code from family_case where agency_id = ? and closed_at >= ?",
                team, Timestamp.from(Instant.now().minus(Duration.ofDays(366))));
        jdbc.queryForList("""
                select u.result, count(*) from case_follow_up u join family_case c on c.id = u.case_id
                where c.agency_id = ? and u.status = 'DONE' group by u.result""", team);
    }

    static void curatorSql(JdbcTemplate jdbc, long curator) {
        Date today = Date.valueOf(LocalDate.now());
        Date week = Date.valueOf(LocalDate.now().plusDays(6));
        jdbc.queryForList("select stage, count(*) from family_case where curator_id = ? and is_open = true group by stage", curator);
        jdbc.queryForObject("select count(*) from family_case where curator_id = ? and stage_due_on < ?", Long.class, curator, today);
        jdbc.queryForObject("""
                select count(*) from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                join family_case c on c.id = p.case_id where p.status = 'ACTIVE' and c.curator_id = ?
                and t.status in ('PLANNED', 'IN_PROGRESS') and t.due_on < ?""", Long.class, curator, today);
        jdbc.queryForObject("""
                select count(*) from information_request r join family_case c on c.id = r.case_id where c.curator_id = ?
                and r.status in ('SENT', 'IN_PROGRESS') and r.due_on < ?""", Long.class, curator, today);
        // The week: how many things are due, and the first fifteen of each kind.
        jdbc.queryForObject("select count(*) from family_case c where c.curator_id = ? and c.stage_due_on >= ? and c.stage_due_on <= ?",
                Long.class, curator, today, week);
        jdbc.queryForObject("""
                select count(*) from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                join family_case c on c.id = p.case_id where p.status = 'ACTIVE' and c.curator_id = ?
                and t.status in ('PLANNED', 'IN_PROGRESS') and t.due_on >= ? and t.due_on <= ?""", Long.class, curator, today, week);
        jdbc.queryForObject("""
                select count(*) from information_request r join family_case c on c.id = r.case_id where c.curator_id = ?
                and r.status in ('SENT', 'IN_PROGRESS') and r.due_on >= ? and r.due_on <= ?""", Long.class, curator, today, week);
        jdbc.queryForList("""
                select c.id, f.name, c.stage, c.stage_due_on from family_case c join family f on f.id = c.family_id
                where c.curator_id = ? and c.stage_due_on >= ? and c.stage_due_on <= ? order by c.stage_due_on, c.id limit 15""",
                curator, today, week);
        jdbc.queryForList("""
                select c.id, f.name, t.description, t.due_on from plan_task t join plan_goal g on g.id = t.goal_id
                join family_plan p on p.id = g.plan_id join family_case c on c.id = p.case_id join family f on f.id = c.family_id
                where p.status = 'ACTIVE' and c.curator_id = ? and t.status in ('PLANNED', 'IN_PROGRESS')
                and t.due_on >= ? and t.due_on <= ? order by t.due_on, t.id limit 15""", curator, today, week);
        jdbc.queryForList("""
                select r.id, r.family_name, r.due_on, a.name from information_request r join agency a on a.id = r.agency_id
                join family_case c on c.id = r.case_id where c.curator_id = ? and r.status in ('SENT', 'IN_PROGRESS')
                and r.due_on >= ? and r.due_on <= ? order by r.due_on, r.id limit 15""", curator, today, week);
        jdbc.queryForList("""
                select m.id, m.title, m.starts_at from meeting m join family_case c on c.id = m.case_id
                where c.curator_id = ? and m.status = 'SCHEDULED' and m.starts_at >= ? and m.starts_at < ? limit 15""",
                curator, Timestamp.valueOf(LocalDate.now().atStartOfDay()), Timestamp.valueOf(LocalDate.now().plusDays(7).atStartOfDay()));
        jdbc.queryForList("""
                select c.id, u.step_no, u.due_on from case_follow_up u join family_case c on c.id = u.case_id
                where c.curator_id = ? and u.status = 'PLANNED' and u.due_on >= ? and u.due_on <= ? limit 15""", curator, today, week);
    }

    static void partnerSql(JdbcTemplate jdbc, long agency) {
        jdbc.queryForList("select status, count(*) from information_request where agency_id = ? and status in ('SENT', 'IN_PROGRESS') group by status", agency);
        jdbc.queryForList("""
                select t.status, count(*) from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                where p.status = 'ACTIVE' and t.agency_id = ? group by t.status""", agency);
        jdbc.queryForList("select sent_at, answered_at, due_on from information_request where agency_id = ? and answered_at >= ?",
                agency, Timestamp.from(Instant.now().minus(Duration.ofDays(90))));
    }

    private static double[] time(Runnable task) {
        for (int i = 0; i < 3; i++) {
            task.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    private static void line(String what, double[] page, double[] sql) {
        log.info(String.format("%-40s p50 %7.1f ms, p95 %7.1f ms | plain SQL p50 %7.1f ms, p95 %7.1f ms | ratio %.2f",
                what, page[0], page[1], sql[0], sql[1], page[0] / sql[0]));
    }

    /**
     * 100 000 families with a case each, spread over the two demo curators of the team; closed ones with a
     * reason and a closing day in the last year and their follow-up contacts; a plan in force with four
     * tasks for every fourth case being worked; an information request for every tenth; 50 000 referrals
     * over the last year.
     */
    private static void fill(JdbcTemplate jdbc) {
        Instant t0 = Instant.now();
        LocalDate today = LocalDate.now();
        long agency = jdbc.queryForObject("select id from agency where code = 'CSS-SHEV'", Long.class);
        long[] curators = {jdbc.queryForObject("select id from user_account where username = 'curator'", Long.class),
                jdbc.queryForObject("select id from user_account where username = 'curator2'", Long.class)};
        Map<String, Object> partners = jdbc.queryForMap("""
                select (select id from agency where code = 'SCH-12') school, (select id from agency where code = 'POL-JUV') police,
                       (select id from agency where code = 'CLIN-3') clinic""");
        long firstFamily = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from family", Long.class);
        long firstCase = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from family_case", Long.class);
        long firstPlan = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from family_plan", Long.class);
        long firstGoal = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from plan_goal", Long.class);
        CaseStage[] stages = CaseStage.values();
        ClosureReason[] reasons = ClosureReason.values();
        String[] results = {"HELD", "PARTLY_HELD", "NOT_HELD"};
        int batch = 2_000;
        for (int from = 0; from < CASES; from += batch) {
            List<Object[]> families = new ArrayList<>();
            List<Object[]> cases = new ArrayList<>();
            List<Object[]> followUps = new ArrayList<>();
            List<Object[]> plans = new ArrayList<>();
            List<Object[]> goals = new ArrayList<>();
            List<Object[]> tasks = new ArrayList<>();
            List<Object[]> requests = new ArrayList<>();
            for (int i = from; i < from + batch; i++) {
                long familyId = firstFamily + i;
                long caseId = firstCase + i;
                families.add(new Object[] {familyId, "Dash" + i, "dash" + i});
                CaseStage stage = stages[i % stages.length];
                boolean closed = !stage.isOpen();
                Instant opened = t0.minus(Duration.ofMinutes(5L * i));
                Timestamp closedAt = closed ? Timestamp.from(t0.minus(Duration.ofHours(i % 8760))) : null;
                cases.add(new Object[] {caseId, familyId, curators[i % 2], agency, stage.name(), stage.isOpen(),
                        i % 5 == 0 ? "CRISIS" : "BASIC", Timestamp.from(opened), Urgency.values()[i % 3].name(),
                        Urgency.values()[i % 3].rank(), Date.valueOf(today.minusDays(30).plusDays(i % 120)), closedAt,
                        closed ? reasons[i % reasons.length].name() : null});
                if (closed) {
                    for (int step = 1; step <= 3; step++) {
                        boolean done = (i + step) % 3 != 0;
                        followUps.add(new Object[] {caseId, step, Date.valueOf(today.minusDays(60).plusDays((i + step * 30) % 200)),
                                done ? "DONE" : "PLANNED", done ? results[(i + step) % 3] : null});
                    }
                }
                if (stage == CaseStage.IMPLEMENTATION || (stage == CaseStage.REVIEW && i % 2 == 0)) {
                    long planId = firstPlan + i;
                    long goalId = firstGoal + i;
                    plans.add(new Object[] {planId, caseId, familyId, Date.valueOf(today.minusDays(60)),
                            Date.valueOf(today.plusDays(120)), Timestamp.from(opened)});
                    goals.add(new Object[] {goalId, planId, UUID.randomUUID().toString(), Date.valueOf(today.plusDays(90))});
                    Object[] doers = {null, partners.get("school"), partners.get("police"), partners.get("clinic")};
                    for (int k = 0; k < 4; k++) {
                        String status = (i + k) % 4 == 0 ? "DONE" : (i + k) % 4 == 1 ? "IN_PROGRESS" : "PLANNED";
                        tasks.add(new Object[] {goalId, UUID.randomUUID().toString(), k, k == 0 ? "FAMILY" : "SPECIALIST",
                                "Завдання " + k, doers[k], Date.valueOf(today.minusDays(20).plusDays((i + k * 7) % 60)), status});
                    }
                }
                if (i % 10 == 3 && stage.isOpen()) {
                    String status = i % 30 == 3 ? "ANSWERED" : i % 20 == 13 ? "IN_PROGRESS" : "SENT";
                    Timestamp sent = Timestamp.from(t0.minus(Duration.ofDays(i % 80)));
                    requests.add(new Object[] {caseId, familyId, "Dash" + i, partners.get(i % 20 == 3 ? "school" : "police"),
                            Date.valueOf(today.minusDays(100)), Date.valueOf(today), Date.valueOf(today.minusDays(10).plusDays(i % 40)),
                            sent, status, "ANSWERED".equals(status) ? Timestamp.from(sent.toInstant().plus(Duration.ofDays(3))) : null});
                }
            }
            jdbc.batchUpdate("insert into family (id, version, name, district, address_key) values (?, 0, ?, '', ?)", families);
            jdbc.batchUpdate("""
                    insert into family_case (id, version, family_id, curator_id, agency_id, stage, is_open, support_level, model,
                                             opened_at, urgency, urgency_rank, stage_due_on, closed_at, closure_reason_code)
                    values (?, 0, ?, ?, ?, ?, ?, ?, 'CLINICAL', ?, ?, ?, ?, ?, ?)""", cases);
            jdbc.batchUpdate("insert into case_follow_up (case_id, step_no, due_on, status, result) values (?, ?, ?, ?, ?)", followUps);
            jdbc.batchUpdate("""
                    insert into family_plan (id, version, case_id, family_id, plan_number, status, starts_on, ends_on, created_at, created_by)
                    values (?, 0, ?, ?, 1, 'ACTIVE', ?, ?, ?, 'curator')""", plans);
            jdbc.batchUpdate("""
                    insert into plan_goal (id, version, plan_id, item_key, position, problem_area, statement, criterion, deadline)
                    values (?, 0, ?, ?, 0, 'SOCIAL', 'Ціль', 'Критерій', ?)""", goals);
            jdbc.batchUpdate("""
                    insert into plan_task (version, goal_id, item_key, position, side, description, agency_id, due_on, status)
                    values (0, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks);
            jdbc.batchUpdate("""
                    insert into information_request (version, case_id, family_id, family_name, subject_name, agency_id, kind,
                        period_from, period_to, due_on, sent_at, sent_by, sent_by_name, sent_by_team, basis, repeat_every, status,
                        answered_at)
                    values (0, ?, ?, ?, 'Дитина', ?, 'SCHOOL_CHARACTERISATION', ?, ?, ?, ?, 'curator', 'Ірина Коваль',
                            'ЦСС', 'CONSENT', 'NONE', ?, ?)""", requests);
        }
        List<Object[]> referrals = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            Urgency u = Urgency.values()[i % 3];
            Instant received = t0.minus(Duration.ofMinutes(10L * i));
            Instant due = received.plus(Duration.ofHours(u == Urgency.EMERGENCY ? 24 : u == Urgency.URGENT ? 72 : 240));
            Instant verified = i % 7 == 0 ? null : received.plus(Duration.ofHours(4 + (i % 300)));
            referrals.add(new Object[] {Timestamp.from(received), u.name(), u.rank(), Timestamp.from(due),
                    verified == null ? null : Timestamp.from(verified), verified == null ? "VERIFYING" : "ACCEPTED"});
            if (referrals.size() == 2_000) {
                insertReferrals(jdbc, referrals);
                referrals.clear();
            }
        }
        log.info("filled {} cases, their plans, requests, follow-ups and 50 000 referrals in {} s", CASES,
                Duration.between(t0, Instant.now()).toSeconds());
    }

    private static void insertReferrals(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into referral (version, source_type, channel, received_at, urgency, urgency_rank, due_at, verified_at, status,
                                      people_concerned, description, submitted_by)
                values (0, 'PERSON', 'PHONE', ?, ?, ?, ?, ?, ?, 'Дитина', 'Звернення', 'intake')""", rows);
    }
}
