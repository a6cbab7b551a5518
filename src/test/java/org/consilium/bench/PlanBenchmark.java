package org.consilium.bench;

import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The family plan's reading paths at the size of a busy district: the demo data, and the Коваленко
 * case with its plan copied {@code CASES} times, so that the school has a task in each of them.
 * Measures "My tasks" (which checks access case by case), a plan page for the curator and for the
 * family, and the PDF. Runs against its own database {@code consilium_bench_plan}; see
 * docs/performance.md.
 */
public final class PlanBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PlanBenchmark.class);
    private static final int RUNS = 200;
    private static final int CASES = 300;

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = Bench.start("consilium_bench_plan", "");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            PlanService plans = ctx.getBean(PlanService.class);
            PlanReader reader = ctx.getBean(PlanReader.class);
            long planId = jdbc.queryForObject("""
                    SELECT p.id FROM family_plan p JOIN family f ON f.id = p.family_id
                    WHERE f.name = 'Коваленко' AND p.status = 'ACTIVE'""", Long.class);
            copyCase(jdbc, planId, CASES);
            log.info("school tasks in plans in force: {}", as("school", AppRoles.SCHOOL, () -> plans.myTasks().size()));
            Bench.report(log, "My tasks of the school (" + CASES + "+ families)", 20, RUNS, () -> as("school", AppRoles.SCHOOL, plans::myTasks));
            Bench.report(log, "plan page for the curator (PlanReader.sheet)", 20, RUNS, () -> as("curator", AppRoles.CURATOR, () -> reader.sheet(planId)));
            Bench.report(log, "plan page for the family (PlanReader.sheet)", 20, RUNS, () -> as("family", AppRoles.FAMILY, () -> reader.sheet(planId)));
            Bench.report(log, "the plan as PDF (uk)", 20, RUNS, () -> as("family", AppRoles.FAMILY, () -> reader.pdf(planId, Locale.forLanguageTag("uk"))));
        } finally {
            ctx.close();
        }
    }

    /** The plan's case, participants, plan, goals and tasks, copied {@code times} times row by row. */
    private static void copyCase(JdbcTemplate jdbc, long planId, int times) {
        long caseId = jdbc.queryForObject("SELECT case_id FROM family_plan WHERE id = ?", Long.class, planId);
        List<Long> participants = jdbc.queryForList("SELECT id FROM case_participant WHERE case_id = ?", Long.class, caseId);
        List<Long> goals = jdbc.queryForList("SELECT id FROM plan_goal WHERE plan_id = ?", Long.class, planId);
        for (int i = 0; i < times; i++) {
            long newCase = copyRow(jdbc, "family_case", caseId, Map.of());
            for (long p : participants) {
                copyRow(jdbc, "case_participant", p, Map.of("case_id", newCase));
            }
            long newPlan = copyRow(jdbc, "family_plan", planId, Map.of("case_id", newCase));
            for (long g : goals) {
                long newGoal = copyRow(jdbc, "plan_goal", g, Map.of("plan_id", newPlan));
                for (long t : jdbc.queryForList("SELECT id FROM plan_task WHERE goal_id = ?", Long.class, g)) {
                    copyRow(jdbc, "plan_task", t, Map.of("goal_id", newGoal));
                }
            }
        }
    }

    private static long copyRow(JdbcTemplate jdbc, String table, long id, Map<String, Object> overrides) {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = database() AND table_name = ? AND column_name <> 'id' ORDER BY ordinal_position""",
                String.class, table);
        String select = columns.stream().map(c -> overrides.containsKey(c) ? "?" : c).collect(Collectors.joining(", "));
        Object[] values = columns.stream().filter(overrides::containsKey).map(overrides::get).toArray();
        Object[] arguments = Arrays.copyOf(values, values.length + 1);
        arguments[values.length] = id;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM " + table
                + " WHERE id = ?";
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < arguments.length; i++) {
                ps.setObject(i + 1, arguments[i]);
            }
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

}
