package org.consilium.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.family.NameKeys;
import org.consilium.referral.Urgency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a migrated database with a city's worth of realistic data, repeatably from a seed: districts
 * each with a social-services centre, schools, a police unit and clinics; families with members under
 * Ukrainian and Russian names; a case for each family and an earlier, closed one for every other
 * family, in every stage; as many curators per centre as the caseload norms of the cases' models imply;
 * plans in force with goals and tasks, information requests, meetings with participants, and audit
 * entries. Written in batches of plain SQL, not through the services: it is data for measuring, not a
 * story. Every account gets the password {@link #PASSWORD}.
 */
final class VolumeGenerator {

    static final String PASSWORD = "volume1234";

    /** How much to make: families (each with a case), and audit entries. */
    record Scale(int families, int auditRows) {

        static final Scale CITY = new Scale(100_000, 2_000_000);
    }

    /** What was made, for the report and the tests. */
    record Made(int agencies, int accounts, int families, int members, int cases, int openCases, int plans, int tasks,
                int requests, int meetings, int auditRows, int curators) {
    }

    private static final String[] DISTRICTS = {"Приморський", "Київський", "Хаджибейський", "Пересипський"};
    private static final String[] SURNAMES_UK = {"Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Мельник", "Кравчук",
            "Олійник", "Лисенко", "Марченко", "Руденко", "Павленко", "Гончаренко", "Кузьменко", "Савченко", "Петренко",
            "Поліщук", "Ковальчук", "Бойко", "Мороз", "Левченко", "Тимошенко", "Остапенко", "Коваль", "Гнатюк"};
    private static final String[] SURNAMES_RU = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
            "Новиков", "Морозов", "Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев"};
    /** Stems and endings for the long tail of surnames: no surname is borne by more than about 1 % of people. */
    private static final String[] STEMS_UK = {"Коваль", "Бондар", "Ткач", "Шевч", "Мельнич", "Кравч", "Олійнич", "Лис", "Марч",
            "Руд", "Павл", "Гончар", "Кузьм", "Савч", "Петр", "Гнат", "Остап", "Тимош", "Левч", "Бой", "Ярем", "Дорош", "Гуц",
            "Кушнір", "Мартин", "Федор", "Гаврил", "Данил", "Карп", "Климч", "Лук", "Макар", "Назар", "Прокоп", "Роман",
            "Семен", "Тарас", "Устим", "Харч", "Юрч", "Яц", "Бабич", "Вакул", "Гриц", "Жук", "Зінч", "Іщ", "Кирил", "Свир",
            "Цимбал"};
    private static final String[] ENDINGS_UK = {"енко", "ук", "ишин", "ович", "ак", "ський", "ів", "ун", "ець", "ик"};
    private static final String[] STEMS_RU = {"Иван", "Смирн", "Кузнец", "Поп", "Сокол", "Лебед", "Козл", "Новик", "Мороз",
            "Волк", "Павл", "Семен", "Голуб", "Орл", "Медвед", "Журавл", "Белоус", "Гус", "Калин", "Тихон"};
    private static final String[] ENDINGS_RU = {"ов", "ин", "ский", "ев"};
    private static final String[] WOMEN_UK = {"Марія", "Олена", "Ірина", "Наталія", "Оксана", "Тетяна", "Світлана", "Юлія"};
    private static final String[] MEN_UK = {"Андрій", "Олег", "Сергій", "Іван", "Тарас", "Максим", "Дмитро", "Богдан"};
    private static final String[] WOMEN_RU = {"Анна", "Елена", "Ольга", "Татьяна", "Наталья", "Светлана"};
    private static final String[] MEN_RU = {"Александр", "Алексей", "Николай", "Владимир", "Михаил", "Павел"};
    private static final String[] STREETS = {"вул. Дерибасівська", "вул. Канатна", "вул. Балківська", "просп. Шевченка",
            "вул. Генуезька", "вул. Пушкінська", "вул. Садова", "вул. Базарна", "вул. Новосельського"};
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.now();

    VolumeGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    Made fill(Scale scale) {
        String hash = new BCryptPasswordEncoder().encode(PASSWORD);
        long nextAgency = next("agency");
        long nextAccount = next("user_account");
        List<Object[]> agencies = new ArrayList<>();
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        long[] centres = new long[DISTRICTS.length];
        long[] supervisors = new long[DISTRICTS.length];
        List<Long> schools = new ArrayList<>();
        List<Long> partners = new ArrayList<>();
        for (int d = 0; d < DISTRICTS.length; d++) {
            centres[d] = nextAgency++;
            agencies.add(new Object[] {centres[d], "VOL-CSS-" + centres[d], "Центр соціальних служб, " + DISTRICTS[d] + " район",
                    "SOCIAL_SERVICES", DISTRICTS[d]});
            int schoolsHere = Math.max(1, scale.families() / 4_000 / DISTRICTS.length * 4);
            for (int s = 0; s < schoolsHere; s++) {
                long id = nextAgency++;
                agencies.add(new Object[] {id, "VOL-SCH-" + id, "Школа № " + (d * 100 + s + 1), "SCHOOL", DISTRICTS[d]});
                schools.add(id);
                partners.add(id);
            }
            long police = nextAgency++;
            agencies.add(new Object[] {police, "VOL-POL-" + police, "Відділ поліції, " + DISTRICTS[d] + " район", "POLICE", DISTRICTS[d]});
            long clinic = nextAgency++;
            agencies.add(new Object[] {clinic, "VOL-CLIN-" + clinic, "Дитяча поліклініка, " + DISTRICTS[d] + " район", "HEALTH",
                    DISTRICTS[d]});
            partners.add(police);
            partners.add(clinic);
            for (String role : List.of("INTAKE", "SUPERVISOR", "SUPERVISOR")) {
                long id = nextAccount++;
                accounts.add(account(id, "vol." + role.toLowerCase() + "." + id, centres[d], hash));
                roles.add(new Object[] {id, role});
                if ("SUPERVISOR".equals(role)) {
                    supervisors[d] = id;
                }
            }
        }
        for (long partner : partners) {
            long id = nextAccount++;
            String role = schools.contains(partner) ? "SCHOOL" : partnerRole(agencies, partner);
            accounts.add(account(id, "vol." + role.toLowerCase() + "." + id, partner, hash));
            roles.add(new Object[] {id, role});
        }
        jdbc.batchUpdate("insert into agency (id, version, code, name, type, district) values (?, 0, ?, ?, ?, ?)", agencies);

        // Families and their cases; curators per centre as the norms of the cases' models imply.
        CaseStage[] stages = CaseStage.values();
        CaseModel[] models = CaseModel.values();
        long nextFamily = next("family");
        long nextCase = next("family_case");
        long nextPlan = next("family_plan");
        long nextGoal = next("plan_goal");
        List<Object[]> families = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<long[]> planned = new ArrayList<>();
        Map<CaseModel, int[]> openByModel = new EnumMap<>(CaseModel.class);
        int[][] openPerCentreModel = new int[DISTRICTS.length][models.length];
        int memberCount = 0;
        int caseCount = 0;
        int openCount = 0;
        List<Object[]> pendingCases = new ArrayList<>();
        for (int f = 0; f < scale.families(); f++) {
            long familyId = nextFamily + f;
            int district = f % DISTRICTS.length;
            boolean russian = random.nextInt(4) == 0;
            String surname = surname(russian);
            String address = pick(STREETS) + ", " + (1 + random.nextInt(120)) + ", кв. " + (1 + random.nextInt(90));
            families.add(new Object[] {familyId, surname, DISTRICTS[district], address, NameKeys.address(address)});
            int children = 1 + random.nextInt(3);
            String mother = pick(russian ? WOMEN_RU : WOMEN_UK);
            members.add(member(familyId, 0, surname, mother, LocalDate.of(1975 + random.nextInt(25), 1 + random.nextInt(12), 1),
                    "FEMALE", "MOTHER"));
            for (int c = 0; c < children; c++) {
                boolean boy = random.nextBoolean();
                String name = boy ? pick(russian ? MEN_RU : MEN_UK) : pick(russian ? WOMEN_RU : WOMEN_UK);
                members.add(member(familyId, c + 1, surname, name, LocalDate.of(2008 + random.nextInt(16), 1 + random.nextInt(12), 1),
                        boy ? "MALE" : "FEMALE", "CHILD"));
            }
            memberCount += children + 1;
            // Every other family had an earlier case, closed; the latest case is in any stage.
            int caseTotal = f % 2 == 0 ? 2 : 1;
            for (int k = 0; k < caseTotal; k++) {
                boolean latest = k == caseTotal - 1;
                CaseStage stage = latest ? stages[random.nextInt(stages.length)] : CaseStage.CLOSURE;
                CaseModel model = models[random.nextInt(models.length)];
                long caseId = nextCase + caseCount++;
                Instant opened = now.minus(Duration.ofDays(latest ? random.nextInt(400) : 400 + random.nextInt(700)));
                Urgency urgency = Urgency.values()[random.nextInt(3)];
                boolean open = stage.isOpen();
                if (open) {
                    openCount++;
                    openPerCentreModel[district][model.ordinal()]++;
                    openByModel.computeIfAbsent(model, m -> new int[1])[0]++;
                }
                Instant closed = open ? null : opened.plus(Duration.ofDays(60 + random.nextInt(300)));
                if (closed != null && closed.isAfter(now)) {
                    closed = now.minus(Duration.ofDays(random.nextInt(30)));
                }
                pendingCases.add(new Object[] {caseId, familyId, district, model.ordinal(), stage.name(), open,
                        random.nextInt(5) == 0 ? "CRISIS" : "BASIC", model.name(), Timestamp.from(opened), urgency.name(),
                        urgency.rank(), Date.valueOf(today.minusDays(45).plusDays(random.nextInt(150))),
                        closed == null ? null : Timestamp.from(closed),
                        closed == null ? null : ClosureReason.values()[random.nextInt(ClosureReason.values().length)].name()});
                if (stage == CaseStage.IMPLEMENTATION || stage == CaseStage.REVIEW || stage == CaseStage.PLANNING || !latest) {
                    planned.add(new long[] {caseId, familyId, latest && open ? 1 : 0});
                }
            }
            if (families.size() >= BATCH) {
                flushFamilies(families, members);
            }
        }
        flushFamilies(families, members);

        // Curators: for each centre and model, enough that nobody passes 90 % of the norm.
        int curatorCount = 0;
        long[][][] curatorsOf = new long[DISTRICTS.length][models.length][];
        for (int d = 0; d < DISTRICTS.length; d++) {
            for (CaseModel m : models) {
                int open = openPerCentreModel[d][m.ordinal()];
                int needed = Math.max(1, (int) Math.ceil(open / (m.defaultNorm() * 0.9)));
                curatorsOf[d][m.ordinal()] = new long[needed];
                for (int i = 0; i < needed; i++) {
                    long id = nextAccount++;
                    curatorsOf[d][m.ordinal()][i] = id;
                    accounts.add(account(id, "vol.curator." + id, centres[d], hash));
                    roles.add(new Object[] {id, "CURATOR"});
                    curatorCount++;
                }
            }
        }
        jdbc.batchUpdate("""
                insert into user_account (id, version, username, full_name, agency_id, password_hash, locale, enabled)
                values (?, 0, ?, ?, ?, ?, 'uk', true)""", accounts);
        jdbc.batchUpdate("insert into user_account_role (user_account_id, role) values (?, ?)", roles);

        int[][] turn = new int[DISTRICTS.length][models.length];
        for (Object[] c : pendingCases) {
            int d = (int) c[2];
            int m = (int) c[3];
            long[] pool = curatorsOf[d][m];
            long curator = pool[turn[d][m]++ % pool.length];
            cases.add(new Object[] {c[0], c[1], curator, centres[d], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]});
            if (cases.size() >= BATCH) {
                flushCases(cases);
            }
        }
        flushCases(cases);
        // The case keeps its family's and curator's names for the case list's order, as the portal does when it opens one.
        jdbc.update("update family_case c join family f on f.id = c.family_id set c.family_name = f.name, c.family_district = coalesce(f.district, '') where c.family_name = ''");
        jdbc.update("update family_case c join user_account u on u.id = c.curator_id set c.curator_name = u.full_name where c.curator_name = ''");

        // Plans in force (or ended, for closed cases) with four goals of four tasks each.
        List<Long> districtWide = partners.stream().filter(a -> !schools.contains(a)).toList();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> goals = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        int taskCount = 0;
        for (int i = 0; i < planned.size(); i++) {
            long[] p = planned.get(i);
            long planId = nextPlan + i;
            plans.add(new Object[] {planId, p[0], p[1], p[2] == 1 ? "ACTIVE" : "COMPLETED", Date.valueOf(today.minusDays(90)),
                    Date.valueOf(today.plusDays(90)), Timestamp.from(now.minus(Duration.ofDays(95)))});
            for (int g = 0; g < 4; g++) {
                long goalId = nextGoal + i * 4L + g;
                goals.add(new Object[] {goalId, planId, UUID.nameUUIDFromBytes(("g" + goalId).getBytes()).toString(), g,
                        Date.valueOf(today.plusDays(30 + random.nextInt(120)))});
                for (int t = 0; t < 4; t++) {
                    boolean family = t == 0;
                    String status = p[2] == 1 ? List.of("PLANNED", "IN_PROGRESS", "DONE", "PLANNED").get(random.nextInt(4)) : "DONE";
                    tasks.add(new Object[] {goalId, UUID.nameUUIDFromBytes(("t" + goalId + "-" + t).getBytes()).toString(), t,
                            family ? "FAMILY" : "SPECIALIST", "Завдання " + (t + 1) + " цілі " + (g + 1),
                            family ? null : taskAgency(schools, districtWide),
                            Date.valueOf(today.minusDays(30).plusDays(random.nextInt(120))), status});
                    taskCount++;
                }
            }
            if (tasks.size() >= BATCH * 8) {
                flushPlans(plans, goals, tasks);
            }
        }
        flushPlans(plans, goals, tasks);
        share(nextPlan);

        // Information requests (about every second open case) and meetings (every fifth case).
        List<Object[]> requests = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        int requestCount = 0;
        int meetingCount = 0;
        long nextMeeting = next("meeting");
        for (Object[] c : pendingCases) {
            long caseId = (long) c[0];
            long familyId = (long) c[1];
            if ((boolean) c[5] && random.nextBoolean()) {
                Instant sent = now.minus(Duration.ofDays(random.nextInt(120)));
                String status = List.of("SENT", "IN_PROGRESS", "ANSWERED", "ANSWERED").get(random.nextInt(4));
                requests.add(new Object[] {caseId, familyId, "Сім’я " + familyId, partners.get(random.nextInt(partners.size())),
                        Date.valueOf(today.minusDays(90)), Date.valueOf(today), Date.valueOf(today.minusDays(20).plusDays(random.nextInt(40))),
                        Timestamp.from(sent), status, "ANSWERED".equals(status) ? Timestamp.from(sent.plus(Duration.ofDays(4))) : null});
                requestCount++;
            }
            if (random.nextInt(5) == 0) {
                Instant starts = now.minus(Duration.ofDays(200)).plus(Duration.ofHours(random.nextInt(24 * 260)));
                long meetingId = nextMeeting + meetingCount++;
                meetings.add(new Object[] {meetingId, UUID.nameUUIDFromBytes(("m" + meetingId).getBytes()).toString(),
                        "CASE_CONFERENCE", "Консиліум щодо сім’ї", centres[(int) c[2]], caseId, familyId, Timestamp.from(starts),
                        Timestamp.from(starts.plus(Duration.ofHours(1))), supervisors[(int) c[2]],
                        starts.isBefore(now) || random.nextInt(10) > 0 ? "SCHEDULED" : "CANCELLED"});
            }
            if (requests.size() >= BATCH) {
                flushRequests(requests);
            }
            if (meetings.size() >= BATCH) {
                flushMeetings(meetings);
            }
        }
        flushRequests(requests);
        flushMeetings(meetings);

        // The audit log: cases opened and changed over the last year.
        List<Object[]> audit = new ArrayList<>();
        String[] actions = {"VIEW", "VIEW", "VIEW", "CHANGE"};
        for (int i = 0; i < scale.auditRows(); i++) {
            Object[] c = pendingCases.get(random.nextInt(pendingCases.size()));
            audit.add(new Object[] {Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(525_600)))),
                    "vol.curator", actions[random.nextInt(actions.length)], "case", c[0], c[1], c[0]});
            if (audit.size() >= BATCH * 5) {
                flushAudit(audit);
            }
        }
        flushAudit(audit);
        // Fresh statistics, as a database that grew to this size over years has: after a bulk load the
        // optimizer's estimates are of the empty tables and lead it to plans no real database would use.
        jdbc.execute("""
                analyze table agency, user_account, family, family_member, family_case, case_participant, family_consent,
                              family_plan, plan_goal, plan_task, information_request, meeting, audit_entry""");
        return new Made(agencies.size(), accounts.size(), scale.families(), memberCount, caseCount, openCount, planned.size(),
                taskCount, requestCount, meetingCount, scale.auditRows(), curatorCount);
    }

    private Object[] account(long id, String username, long agency, String hash) {
        boolean russian = random.nextInt(4) == 0;
        String name = pick(russian ? WOMEN_RU : WOMEN_UK) + " " + pick(russian ? SURNAMES_RU : SURNAMES_UK);
        return new Object[] {id, username, name, agency, hash};
    }

    private static String partnerRole(List<Object[]> agencies, long id) {
        return agencies.stream().filter(a -> (long) a[0] == id).map(a -> "POLICE".equals(a[3]) ? "POLICE" : "HEALTH")
                .findFirst().orElseThrow();
    }

    private static Object[] member(long familyId, int position, String last, String first, LocalDate born, String sex,
                                   String relation) {
        return new Object[] {familyId, position, last, first, Date.valueOf(born), sex, relation, NameKeys.name(last),
                NameKeys.name(first), NameKeys.name(last) + " " + NameKeys.name(first)};
    }

    private void flushFamilies(List<Object[]> families, List<Object[]> members) {
        jdbc.batchUpdate("insert into family (id, version, name, district, address, address_key) values (?, 0, ?, ?, ?, ?)", families);
        jdbc.batchUpdate("""
                insert into family_member (family_id, position, last_name, first_name, birth_date, sex, relation,
                                           last_name_key, first_name_key, full_name_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members);
        families.clear();
        members.clear();
    }

    private void flushCases(List<Object[]> cases) {
        jdbc.batchUpdate("""
                insert into family_case (id, version, family_id, curator_id, agency_id, stage, is_open, support_level, model,
                                         opened_at, urgency, urgency_rank, stage_due_on, closed_at, closure_reason_code)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
        cases.clear();
    }

    /**
     * Who carries out a specialist's task: a school most often; the district police and children's
     * clinic, who serve every family of their district, about one task in seven, so each of them has
     * a few thousand open tasks, as a busy department does.
     */
    private long taskAgency(List<Long> schools, List<Long> districtWide) {
        if (random.nextInt(7) == 0) {
            return districtWide.get(random.nextInt(districtWide.size()));
        }
        return schools.get(random.nextInt(schools.size()));
    }

    /**
     * Each agency with a task in a plan takes part in its case, and each planned family has agreed to
     * share with schools, police and health care, as the portal records it when a plan is agreed.
     */
    private void share(long firstPlan) {
        jdbc.update("""
                insert into case_participant (case_id, agency_id, reason, added_at, added_by)
                select distinct p.case_id, t.agency_id, 'PLAN_TASK', p.created_at, 'vol.curator'
                from plan_task t join plan_goal g on g.id = t.goal_id join family_plan p on p.id = g.plan_id
                where p.id >= ? and t.agency_id is not null""", firstPlan);
        long firstConsent = next("family_consent");
        jdbc.update("""
                insert into family_consent (family_id, member_name, signed_on, valid_until)
                select distinct p.family_id, 'Мати', ?, ? from family_plan p where p.id >= ?""",
                Date.valueOf(today.minusDays(120)), Date.valueOf(today.plusDays(365)), firstPlan);
        for (String type : List.of("SCHOOL", "POLICE", "HEALTH")) {
            jdbc.update("insert into family_consent_agency_type (consent_id, agency_type) select id, ? from family_consent where id >= ?",
                    type, firstConsent);
        }
    }

    private void flushPlans(List<Object[]> plans, List<Object[]> goals, List<Object[]> tasks) {
        jdbc.batchUpdate("""
                insert into family_plan (id, version, case_id, family_id, plan_number, status, starts_on, ends_on, created_at, created_by)
                values (?, 0, ?, ?, 1, ?, ?, ?, ?, 'vol.curator')""", plans);
        jdbc.batchUpdate("""
                insert into plan_goal (id, version, plan_id, item_key, position, problem_area, statement, criterion, deadline)
                values (?, 0, ?, ?, ?, 'SOCIAL', 'Ціль плану', 'Критерій досягнення', ?)""", goals);
        jdbc.batchUpdate("""
                insert into plan_task (version, goal_id, item_key, position, side, description, agency_id, due_on, status)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks);
        plans.clear();
        goals.clear();
        tasks.clear();
    }

    private void flushRequests(List<Object[]> requests) {
        jdbc.batchUpdate("""
                insert into information_request (version, case_id, family_id, family_name, subject_name, agency_id, kind,
                    period_from, period_to, due_on, sent_at, sent_by, sent_by_name, sent_by_team, basis, repeat_every, status,
                    answered_at)
                values (0, ?, ?, ?, 'Дитина', ?, 'OTHER', ?, ?, ?, ?, 'vol.curator', 'Кейс-менеджер', 'ЦСС', 'CONSENT', 'NONE', ?, ?)""",
                requests);
        requests.clear();
    }

    private void flushMeetings(List<Object[]> meetings) {
        jdbc.batchUpdate("""
                insert into meeting (id, version, uid, sequence_no, kind, title, team_agency_id, case_id, family_id, starts_at,
                                     ends_at, chair_id, chair_name, status, organised_by, organised_at)
                values (?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'Керівник', ?, 'vol.curator', CURRENT_TIMESTAMP)""", meetings);
        meetings.clear();
    }

    private void flushAudit(List<Object[]> audit) {
        jdbc.batchUpdate("""
                insert into audit_entry (at, username, action, entity_type, entity_id, family_id, case_id)
                values (?, ?, ?, ?, ?, ?, ?)""", audit);
        audit.clear();
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    /** A surname: one of the commonest about one time in seven, otherwise one of some 600 of the long tail. */
    private String surname(boolean russian) {
        if (random.nextInt(7) == 0) {
            return pick(russian ? SURNAMES_RU : SURNAMES_UK);
        }
        return russian ? pick(STEMS_RU) + pick(ENDINGS_RU) : pick(STEMS_UK) + pick(ENDINGS_UK);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
