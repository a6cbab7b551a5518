package org.consilium.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.dashboard.Dashboards;
import org.consilium.plan.MyTask;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.request.AnswerService;
import org.consilium.request.RequestRow;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages besides the lists at a city's size, on the volume data ({@link VolumeData}): the case page,
 * the plan page, "My tasks" of the busiest police department, its requests to answer and the three
 * dashboards, each next to plain SQL that reads the same records (docs/performance.md, "City scale").
 */
public final class PageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PageBenchmark.class);
    private static final int WARM_UP = 5;
    private static final int RUNS = 60;

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = Bench.open("consilium_volume");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long police = jdbc.queryForObject("""
                    select t.agency_id from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                    join agency a on a.id = t.agency_id where p.status = 'ACTIVE' and a.type = 'POLICE'
                    group by t.agency_id order by count(*) desc limit 1""", Long.class);
            String officer = jdbc.queryForObject("select username from user_account where agency_id = ? order by id limit 1",
                    String.class, police);
            long caseId = jdbc.queryForObject("""
                    select p.case_id from family_plan p join family_case c on c.id = p.case_id
                    where p.status = 'ACTIVE' and c.stage = 'IMPLEMENTATION' order by p.case_id limit 1""", Long.class);
            long planId = jdbc.queryForObject("select id from family_plan where case_id = ? and status = 'ACTIVE'", Long.class, caseId);
            String curator = jdbc.queryForObject("""
                    select u.username from family_case c join user_account u on u.id = c.curator_id where c.id = ?""",
                    String.class, caseId);
            long curatorId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, curator);
            String supervisor = jdbc.queryForObject("""
                    select u.username from user_account u join user_account_role r on r.user_account_id = u.id
                    where r.role = 'SUPERVISOR' and u.agency_id = (select agency_id from family_case where id = ?)
                    order by u.id limit 1""", String.class, caseId);
            long team = jdbc.queryForObject("select agency_id from family_case where id = ?", Long.class, caseId);
            List<Timings> all = new Timings.Table(log);

            CaseSheets sheets = ctx.getBean(CaseSheets.class);
            all.add(Timings.compare("case page (curator, one audit entry written)", WARM_UP, RUNS,
                    () -> as(curator, AppRoles.CURATOR, () -> sheets.sheet(caseId)).map(PageBenchmark::shape).orElseThrow(),
                    () -> caseBySql(jdbc, caseId, curator)));
            PlanReader plans = ctx.getBean(PlanReader.class);
            all.add(Timings.compare("plan page (curator)", WARM_UP, RUNS,
                    () -> List.of((long) as(curator, AppRoles.CURATOR, () -> plans.sheet(planId)).orElseThrow().goals().size()),
                    () -> planBySql(jdbc, planId, curator)));
            PlanService planService = ctx.getBean(PlanService.class);
            // Seconds a call at this size: fewer runs.
            all.add(Timings.compare("My tasks (busiest police department)", 2, 10,
                    () -> as(officer, AppRoles.POLICE, planService::myTasks).stream().map(MyTask::taskId).toList(),
                    () -> myTasksBySql(jdbc, police)));
            AnswerService answers = ctx.getBean(AnswerService.class);
            all.add(Timings.compare("requests to answer (same department)", WARM_UP, RUNS,
                    () -> as(officer, AppRoles.POLICE, answers::toAnswer).stream().map(RequestRow::id).toList(),
                    () -> toAnswerBySql(jdbc, police)));
            Dashboards dashboards = ctx.getBean(Dashboards.class);
            all.add(Timings.compareWithout("supervisor's dashboard", WARM_UP, RUNS,
                    () -> as(supervisor, AppRoles.SUPERVISOR, dashboards::supervisor),
                    () -> DashboardBenchmark.supervisorSql(jdbc, team)));
            all.add(Timings.compareWithout("curator's dashboard", WARM_UP, RUNS,
                    () -> as(curator, AppRoles.CURATOR, dashboards::curator),
                    () -> DashboardBenchmark.curatorSql(jdbc, curatorId)));
            all.add(Timings.compareWithout("partner's dashboard (police)", WARM_UP, RUNS,
                    () -> as(officer, AppRoles.POLICE, dashboards::partner),
                    () -> DashboardBenchmark.partnerSql(jdbc, police)));
        } finally {
            ctx.close();
        }
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    /** What both sides must agree on: the case, its members and its timeline. */
    private static List<Long> shape(CaseSheet s) {
        return List.of(s.id(), (long) s.members().size(), (long) s.timeline().size());
    }

    /**
     * The case page by plain SQL: the case with its family and curator, the members, the timeline with
     * who moved it, the decision's criteria, the follow-up contacts, and the opening in the audit log.
     */
    private static List<Long> caseBySql(JdbcTemplate jdbc, long caseId, String user) {
        long familyId = jdbc.queryForObject("""
                select c.family_id from family_case c join family f on f.id = c.family_id join user_account u on u.id = c.curator_id
                where c.id = ? and c.agency_id = (select agency_id from user_account where username = ?)""", Long.class, caseId, user);
        long members = jdbc.queryForList("select last_name, first_name, relation, birth_date from family_member where family_id = ?",
                familyId).size();
        long moves = jdbc.queryForList("""
                select t.from_stage, t.to_stage, t.moved_at, coalesce(u.full_name, t.moved_by), t.comment
                from case_transition t left join user_account u on u.username = t.moved_by where t.case_id = ? order by t.moved_at, t.id""",
                caseId).size();
        jdbc.queryForList("select criterion from family_case_criterion where case_id = ?", caseId);
        jdbc.queryForList("select * from case_follow_up where case_id = ? order by step_no", caseId);
        jdbc.update("insert into audit_entry (at, username, action, entity_type, entity_id, family_id, case_id) values (?, ?, 'VIEW', 'case', ?, ?, ?)",
                Timestamp.from(Instant.now()), user, caseId, familyId, caseId);
        return List.of(caseId, members, moves);
    }

    /** The plan page by plain SQL: the plan, its goals, their tasks with who does them, the notes, and the opening. */
    private static List<Long> planBySql(JdbcTemplate jdbc, long planId, String user) {
        Long caseId = jdbc.queryForObject("select case_id from family_plan where id = ?", Long.class, planId);
        long goals = jdbc.queryForList("select * from plan_goal where plan_id = ? order by position", planId).size();
        jdbc.queryForList("""
                select t.*, a.name, u.full_name from plan_task t join plan_goal g on g.id = t.goal_id
                left join agency a on a.id = t.agency_id left join user_account u on u.id = t.user_id
                where g.plan_id = ? order by g.position, t.position""", planId);
        jdbc.queryForList("select * from plan_task_note where case_id = ? order by written_at, id", caseId);
        jdbc.update("insert into audit_entry (at, username, action, entity_type, entity_id, family_id, case_id) "
                + "select ?, ?, 'VIEW', 'plan', id, family_id, case_id from family_plan where id = ?", Timestamp.from(Instant.now()), user, planId);
        return List.of(goals);
    }

    /** The department's tasks in plans in force of the cases it takes part in, with the family's consent or an override. */
    private static List<Long> myTasksBySql(JdbcTemplate jdbc, long agency) {
        LocalDate today = LocalDate.now();
        return jdbc.query("""
                select t.id, t.description, t.due_on, t.status, g.statement, c.id, c.family_name, u.full_name
                from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                join family_case c on c.id = p.case_id join agency a on a.id = t.agency_id left join user_account u on u.id = t.user_id
                where t.agency_id = ? and t.side = 'SPECIALIST' and p.status = 'ACTIVE'
                  and exists (select 1 from case_participant cp where cp.case_id = c.id and cp.agency_id = t.agency_id
                              and cp.reason <> 'INFORMATION_REQUEST')
                  and (exists (select 1 from family_consent fc where fc.family_id = c.family_id and fc.signed_on <= ?
                                 and fc.valid_until >= ? and (fc.withdrawn_on is null or fc.withdrawn_on > ?)
                                 and exists (select 1 from family_consent_agency_type ft
                                             where ft.consent_id = fc.id and ft.agency_type = a.type))
                       or exists (select 1 from emergency_override o where o.case_id = c.id and o.agency_id = t.agency_id
                                  and o.withdrawn_at is null and o.expires_at > ?))
                order by t.due_on, t.id""", (rs, i) -> {
            for (int column = 2; column <= 8; column++) {
                rs.getObject(column);
            }
            return rs.getLong(1);
        }, agency, Date.valueOf(today), Date.valueOf(today), Date.valueOf(today), Timestamp.from(Instant.now()));
    }

    /** The department's open requests, the overdue first, then by due date. */
    private static List<Long> toAnswerBySql(JdbcTemplate jdbc, long agency) {
        List<Long> ids = new ArrayList<>(jdbc.query("""
                select r.id, r.kind, r.family_name, a.name, r.sent_by, r.due_on, r.status from information_request r
                join agency a on a.id = r.agency_id
                where r.agency_id = ? and r.status in ('SENT', 'IN_PROGRESS')
                order by case when r.due_on < ? then 0 else 1 end, r.due_on, r.id""", (rs, i) -> {
            for (int column = 2; column <= 7; column++) {
                rs.getObject(column);
            }
            return rs.getLong(1);
        }, agency, Date.valueOf(LocalDate.now())));
        return ids;
    }
}
