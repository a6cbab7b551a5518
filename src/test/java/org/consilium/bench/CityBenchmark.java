package org.consilium.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.account.UserAccountService;
import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseRow;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.SupportLevel;
import org.consilium.family.FamilyRow;
import org.consilium.family.FamilyService;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case list and the family search at a city's size: on the volume data ({@link VolumeData}, which
 * must have been made first), each list as the portal reads it next to the best plain SQL for the same
 * rows, measured alternately in the same run (docs/performance.md, "City scale").
 */
public final class CityBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CityBenchmark.class);
    private static final int WARM_UP = 5;
    private static final int RUNS = 60;
    private static final String ROW = """
            select c.id, c.family_name, c.stage, c.support_level, c.model, c.curator_name, c.opened_at, c.is_open, c.urgency,
                   c.stage_due_on
            from family_case c
            """;

    private CityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext ctx = Bench.open("consilium_volume");
        try {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            CaseLists lists = ctx.getBean(CaseLists.class);
            FamilyService families = ctx.getBean(FamilyService.class);
            String supervisor = jdbc.queryForObject("""
                    select u.username from user_account u join user_account_role r on r.user_account_id = u.id
                    where r.role = 'SUPERVISOR' and u.username like 'vol.%' order by u.id limit 1""", String.class);
            long agency = jdbc.queryForObject("select agency_id from user_account where username = ?", Long.class, supervisor);
            long curator = jdbc.queryForObject("""
                    select curator_id from family_case where agency_id = ? and is_open = true
                    group by curator_id order by count(*) desc, curator_id limit 1""", Long.class, agency);
            String district = jdbc.queryForObject("select district from agency where id = ?", String.class, agency);
            // A name as staff type it: the surname and the first name of a member of one of the team's families.
            java.util.Map<String, Object> member = jdbc.queryForMap("""
                    select m.last_name, m.first_name, m.last_name_key, m.first_name_key from family_member m
                    join family_case c on c.family_id = m.family_id where c.agency_id = ? order by c.id limit 1""", agency);
            String name = member.get("last_name") + " " + member.get("first_name");
            String lastKey = (String) member.get("last_name_key");
            String firstKey = (String) member.get("first_name_key");
            LocalDate today = LocalDate.now();
            Pageable newest = PageRequest.of(0, 50, Sort.by("openedAt").descending());
            List<Timings> all = new Timings.Table(log);
            Cases cases = new Cases(jdbc, lists, supervisor);
            UserAccountService accounts = ctx.getBean(UserAccountService.class);
            all.add(Timings.compare("who asks: the signed-in account (in every call below)", WARM_UP, RUNS,
                    () -> List.of(SystemAccess.as(supervisor, List.of(AppRoles.SUPERVISOR), accounts::signedInAccount).orElseThrow().getId()),
                    () -> jdbc.queryForList("select id from user_account where username = ?", Long.class, supervisor)));

            all.add(cases.compare("open cases, newest first", new CaseFilter(null, null, null, "", true), newest,
                    "where c.agency_id = ? and c.is_open = true order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("all cases, newest first", CaseFilter.all(), newest,
                    "where c.agency_id = ? order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("all cases, page 500", CaseFilter.all(), PageRequest.of(500, 50, Sort.by("openedAt").descending()),
                    // The best SQL for a deep page counts off the ids in the index, then reads the page's rows.
                    "join (select id from family_case where agency_id = ? order by opened_at desc, id desc limit 51 offset 25000) k "
                            + "on k.id = c.id order by c.opened_at desc, c.id desc", -1));
            all.add(cases.compare("stage = implementation", new CaseFilter(CaseStage.IMPLEMENTATION, null, null, "", false), newest,
                    "where c.agency_id = ? and c.stage = 'IMPLEMENTATION' order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("level = crisis, open", new CaseFilter(null, SupportLevel.CRISIS, null, "", true), newest,
                    "where c.agency_id = ? and c.is_open = true and c.support_level = 'CRISIS' order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("one curator's cases", new CaseFilter(null, null, curator, "", false), newest,
                    "where c.agency_id = ? and c.curator_id = " + curator + " order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("district, open", new CaseFilter(null, null, null, "", true, district, null, false), newest,
                    "join family f on f.id = c.family_id where c.agency_id = ? and c.is_open = true and f.district = '" + district + "' order by c.opened_at desc, c.id desc"));
            all.add(cases.compare("urgency = emergency, open, by due date",
                    new CaseFilter(null, null, null, "", true, "", Urgency.EMERGENCY, false),
                    PageRequest.of(0, 50, Sort.by("stageDueOn")),
                    "where c.agency_id = ? and c.is_open = true and c.urgency_rank = 0 order by c.stage_due_on, c.id"));
            all.add(cases.compare("overdue, most urgent first", new CaseFilter(null, null, null, "", false, "", null, true),
                    PageRequest.of(0, 50, Sort.by("urgencyRank", "stageDueOn")),
                    "where c.agency_id = ? and c.stage_due_on < '" + Date.valueOf(today) + "' order by c.urgency_rank, c.stage_due_on, c.id"));
            all.add(cases.compare("all cases by family name", CaseFilter.all(), PageRequest.of(0, 50, Sort.by("f.name")),
                    "where c.agency_id = ? order by c.family_name, c.id"));
            all.add(cases.compare("all cases by curator", CaseFilter.all(), PageRequest.of(0, 50, Sort.by("u.fullName")),
                    "where c.agency_id = ? order by c.curator_name, c.id"));
            all.add(cases.compare("all cases by stage", CaseFilter.all(), PageRequest.of(0, 50, Sort.by("stage")),
                    "where c.agency_id = ? order by c.stage, c.id"));
            String named = "(select m.family_id from family_member m where (m.last_name_key like '" + lastKey
                    + "%' or m.first_name_key like '" + lastKey + "%') and (m.last_name_key like '" + firstKey
                    + "%' or m.first_name_key like '" + firstKey + "%'))";
            all.add(cases.compare("a member's name (" + name + ")", new CaseFilter(null, null, null, name, false), newest,
                    "where c.agency_id = ? and c.family_id in " + named + " order by c.opened_at desc, c.id desc"));
            Pageable byName = PageRequest.of(0, 50, Sort.by("name"));
            all.add(Timings.compare("family search (" + name + ")", WARM_UP, RUNS,
                    () -> SystemAccess.as(supervisor, List.of(AppRoles.SUPERVISOR), () -> families.search(name, byName))
                            .map(FamilyRow::id).toList(),
                    () -> familiesBySql(jdbc, named)));
        } finally {
            ctx.close();
        }
    }

    /** The family list's page by plain SQL: the families, then their members in one query. */
    private static List<Long> familiesBySql(JdbcTemplate jdbc, String named) {
        List<Long> ids = jdbc.query("select f.id, f.name, f.address, f.district from family f where f.id in " + named
                + " order by f.name, f.id limit 51", (rs, i) -> {
            rs.getString(2);
            rs.getString(3);
            rs.getString(4);
            return rs.getLong(1);
        }).stream().limit(50).toList();
        if (!ids.isEmpty()) {
            String in = String.join(",", ids.stream().map(String::valueOf).toList());
            jdbc.query("select family_id, last_name, first_name, middle_name, relation, birth_date from family_member where family_id in ("
                    + in + ") order by family_id, position", rs -> {
                rs.getString(2);
                rs.getString(3);
                rs.getString(4);
                rs.getString(5);
                rs.getDate(6);
            });
        }
        return ids;
    }

    /** The case list as the supervisor reads it, and the same rows by plain SQL. */
    private record Cases(JdbcTemplate jdbc, CaseLists lists, String supervisor) {

        Timings compare(String what, CaseFilter filter, Pageable page, String sql) {
            return compare(what, filter, page, sql, 0);
        }

        Timings compare(String what, CaseFilter filter, Pageable page, String sql, int offset) {
            Supplier<List<Long>> portal = () -> SystemAccess.as(supervisor, List.of(AppRoles.SUPERVISOR),
                    () -> lists.page(filter, page)).map(CaseRow::id).toList();
            // The same input as the portal's: who asks; the team is theirs.
            String mine = sql.replace("agency_id = ?", "agency_id = (select agency_id from user_account where username = ?)");
            String paged = offset < 0 ? mine : mine + " limit 51 offset " + offset;
            Supplier<List<Long>> plain = () -> jdbc.query(ROW + paged, (rs, i) -> {
                for (int column = 2; column <= 10; column++) {
                    rs.getObject(column);
                }
                return rs.getLong(1);
            }, supervisor).stream().limit(50).toList();
            return Timings.compare(what, WARM_UP, RUNS, portal, plain);
        }
    }
}
