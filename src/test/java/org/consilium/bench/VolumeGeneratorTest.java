package org.consilium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseStage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The volume generator on a small scale, in a database of its own migrated as the portal migrates it:
 * what it makes fits the schema and the rules the portal keeps (one open case per family, nobody over
 * the caseload norm), covers every stage, and the same seed makes the same data.
 */
class VolumeGeneratorTest {

    private static final String SERVER = System.getenv().getOrDefault("BENCH_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String DATABASE = "consilium_volume_test";
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void aFreshDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            c.createStatement().execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(SERVER + DATABASE + "?rewriteBatchedStatements=true", "root", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/mariadb").load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    @Test
    void the_data_keeps_the_portals_rules_covers_every_stage_and_comes_again_from_the_same_seed() {
        long firstFamily = next("family");
        VolumeGenerator.Made made = new VolumeGenerator(jdbc, 7).fill(new VolumeGenerator.Scale(400, 2_000));
        assertThat(made.families()).isEqualTo(400);
        assertThat(made.cases()).isEqualTo(600);
        assertThat(made.members()).isBetween(800, 1_600);
        assertThat(made.tasks()).isEqualTo(made.plans() * 16);
        assertThat(jdbc.queryForObject("select count(*) from family_member", Integer.class)).isEqualTo(made.members());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(2_000);
        assertThat(jdbc.queryForList("select distinct stage from family_case", String.class))
                .containsExactlyInAnyOrder(Arrays.stream(CaseStage.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.queryForObject(
                "select count(*) from (select family_id from family_case where is_open = true group by family_id having count(*) > 1) x",
                Integer.class)).as("one open case per family").isZero();
        for (Map<String, Object> load : jdbc.queryForList(
                "select curator_id, model, count(*) n from family_case where is_open = true group by curator_id, model")) {
            int norm = CaseModel.valueOf((String) load.get("model")).defaultNorm();
            assertThat(((Number) load.get("n")).intValue()).as("curator " + load.get("curator_id")).isLessThanOrEqualTo(norm);
        }
        assertThat(jdbc.queryForObject("select count(*) from family_plan p join family_case c on c.id = p.case_id "
                + "where p.status = 'ACTIVE' and c.is_open = false", Integer.class)).as("no plan in force on a closed case").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                where t.agency_id is not null and not exists (
                    select 1 from case_participant cp where cp.case_id = p.case_id and cp.agency_id = t.agency_id)""", Integer.class))
                .as("an agency with a task takes part in the case").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from family_plan p where not exists (
                    select 1 from family_consent c join family_consent_agency_type t on t.consent_id = c.id
                    where c.family_id = p.family_id and t.agency_type = 'POLICE')""", Integer.class))
                .as("a planned family agreed to share").isZero();
        assertThat(jdbc.queryForObject("select count(*) from family_case where family_name = '' or curator_name = ''", Integer.class))
                .as("the case keeps its family's and curator's names").isZero();

        List<String> first = jdbc.queryForList("select concat(f.name, ':', c.stage) from family f join family_case c on c.family_id = f.id "
                + "where f.id >= ? order by c.id", String.class, firstFamily);
        long secondFamily = next("family");
        new VolumeGenerator(jdbc, 7).fill(new VolumeGenerator.Scale(400, 0));
        List<String> second = jdbc.queryForList("select concat(f.name, ':', c.stage) from family f join family_case c on c.family_id = f.id "
                + "where f.id >= ? order by c.id", String.class, secondFamily);
        assertThat(second).as("the same seed, the same data").isEqualTo(first);
    }

    private static long next(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }
}
