package org.consilium.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the case list against 100 000 cases on MariaDB (docs/performance.md). Not part of the
 * test suite; run it by hand:
 * <pre>./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.consilium.bench.CaseListBenchmark</pre>
 * It uses its own database {@code consilium_bench}, which it drops and creates.
 */
public final class CaseListBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CaseListBenchmark.class);
    private static final int CASES = 100_000;
    private static final int RUNS = 25;

    private CaseListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = Bench.start("consilium_bench", "?rewriteBatchedStatements=true");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            fill(jdbc);
            CaseLists cases = ctx.getBean(CaseLists.class);
            PageRequest firstPage = PageRequest.of(0, 50, Sort.by("openedAt").descending());
            report("first page, open cases, newest first", () -> cases.page(new CaseFilter(null, null, null, "", true), firstPage));
            report("first page, stage = IMPLEMENTATION", () -> cases.page(new CaseFilter(CaseStage.IMPLEMENTATION, null, null, "", false), firstPage));
            report("page 500 of all cases", () -> cases.page(CaseFilter.all(), PageRequest.of(500, 50, Sort.by("openedAt").descending())));
            report("family member name 'bench 4711'", () -> cases.page(new CaseFilter(null, null, null, "Bench4711", false), firstPage));
            report("sorted by family name", () -> cases.page(CaseFilter.all(), PageRequest.of(0, 50, Sort.by("f.name"))));
            report("overdue only, most urgent first", () -> cases.page(
                    new CaseFilter(null, null, null, "", false, "", null, true), PageRequest.of(0, 50, Sort.by("urgencyRank", "stageDueOn"))));
            report("urgency = EMERGENCY, open, by due date", () -> cases.page(
                    new CaseFilter(null, null, null, "", true, "", Urgency.EMERGENCY, false),
                    PageRequest.of(0, 50, Sort.by("stageDueOn"))));
            report("team's overdue count (supervisor's home)", cases::countTeamOverdueCases);
        } finally {
            ctx.close();
        }
    }

    /** 100 000 families with two members each, and a case for each in a stage chosen round-robin. */
    private static void fill(JdbcTemplate jdbc) {
        long agency = jdbc.queryForObject("select id from agency where code = 'CSS-SHEV'", Long.class);
        long curator = jdbc.queryForObject("select id from user_account where username = 'curator'", Long.class);
        long firstFamily = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from family", Long.class);
        CaseStage[] stages = CaseStage.values();
        int batch = 2_000;
        Instant t0 = Instant.now();
        for (int from = 0; from < CASES; from += batch) {
            List<Object[]> families = new ArrayList<>();
            List<Object[]> members = new ArrayList<>();
            List<Object[]> cases = new ArrayList<>();
            for (int i = from; i < from + batch; i++) {
                long familyId = firstFamily + i;
                String name = "Bench" + i;
                families.add(new Object[] {familyId, name, "bench" + i});
                members.add(new Object[] {familyId, 0, name, "Mother", "FEMALE", "MOTHER", "bench" + i, "bench" + i + " mother"});
                members.add(new Object[] {familyId, 1, name, "Child", "MALE", "CHILD", "bench" + i, "bench" + i + " child"});
                CaseStage stage = stages[i % stages.length];
                Urgency urgency = Urgency.values()[i % 3];
                // Due dates spread over four months around today: about a quarter of the cases are overdue.
                LocalDate due = LocalDate.now().minusDays(30).plusDays(i % 120);
                cases.add(new Object[] {familyId, curator, agency, stage.name(), stage.isOpen(),
                        Timestamp.from(t0.minusSeconds(i * 60L)), urgency.name(), urgency.rank(), due});
            }
            jdbc.batchUpdate("insert into family (id, version, name, district, address_key) values (?, 0, ?, '', ?)", families);
            jdbc.batchUpdate("""
                    insert into family_member (family_id, position, last_name, first_name, sex, relation, last_name_key, full_name_key)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", members);
            jdbc.batchUpdate("""
                    insert into family_case (version, family_id, curator_id, agency_id, stage, is_open, support_level, model, opened_at,
                                             urgency, urgency_rank, stage_due_on)
                    values (0, ?, ?, ?, ?, ?, 'BASIC', 'BROKER', ?, ?, ?, ?)""", cases);
        }
        jdbc.update("update family_case c join family f on f.id = c.family_id set c.family_name = f.name, c.family_district = coalesce(f.district, '') where c.family_name = ''");
        jdbc.update("update family_case c join user_account u on u.id = c.curator_id set c.curator_name = u.full_name where c.curator_name = ''");
        log.info("filled {} cases in {} s", CASES, Duration.between(t0, Instant.now()).toSeconds());
    }

    /** Times a query as the demo supervisor: one run to warm up, then {@code RUNS}. */
    private static void report(String what, Supplier<?> query) {
        Bench.report(log, what, 1, RUNS, () -> SystemAccess.as("supervisor", List.of(AppRoles.SUPERVISOR), query));
    }
}
