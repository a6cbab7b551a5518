package org.consilium.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consilium.assessment.AssessmentSummaries;
import org.consilium.assessment.Domain;
import org.consilium.plan.FamilyPlan;
import org.consilium.plan.GoalDetails;
import org.consilium.plan.PlanGoal;
import org.consilium.plan.PlanService;
import org.consilium.plan.PlanTask;
import org.consilium.plan.TaskDetails;
import org.consilium.plan.TaskSide;
import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.referral.ProblemArea;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo family plans: the Коваленко plan in force, signed by the mother, with tasks for the school,
 * the police, the clinic and the family, some done and some overdue; and for Бондаренко, at review, a
 * plan in force with a draft revision.
 */
@Component
class DemoPlans {

    private final PlanService plans;
    private final TaskWorkService work;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final AssessmentSummaries assessments;

    DemoPlans(PlanService plans, TaskWorkService work, JdbcTemplate jdbc, Clock clock, AssessmentSummaries assessments) {
        this.assessments = assessments;
        this.plans = plans;
        this.work = work;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    void create(long kovalenko, long bondarenko) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> agencies = agencyIds();
        long mother = member(kovalenko, "Марія");
        long daughter = memberOtherThan(kovalenko, mother);

        FamilyPlan k = as("curator", AppRoles.CURATOR, () -> plans.startPlan(kovalenko, today.minusDays(30), today.plusDays(150)));
        GoalDetails schoolGoal = goalDetails(ProblemArea.PEDAGOGICAL, "Діти щодня відвідують школу",
                "Не більше двох пропусків без поважної причини на місяць", "9 пропусків за вересень", "0–2 пропуски на місяць",
                today.plusDays(60), "Мама хоче, щоб діти вчилися й мали друзів у класі");
        // The goal answers the need the assessment found in the child's development (decision 0024).
        schoolGoal.setFinding(as("curator", AppRoles.CURATOR, () -> assessments.findingsForGoals(kovalenko)).stream()
                .filter(f -> f.domain() == Domain.CHILD_DEVELOPMENT && !f.strength())
                .map(AssessmentSummaries.FindingOption::reference).findFirst().orElse(null));
        PlanGoal school = as("curator", AppRoles.CURATOR, () -> plans.addGoal(k.getId(), schoolGoal));
        PlanTask wake = task(school.getId(), TaskSide.FAMILY, mother, null, "Будити дітей о 7:00 і проводжати до школи", today.minusDays(3));
        PlanTask attendance = task(school.getId(), TaskSide.SPECIALIST, null, agencies.get("SCH-12"),
                "Щодня відмічати відвідування й повідомляти кейс-менеджера про пропуски", today.plusDays(20),
                jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'school'", Long.class));
        task(school.getId(), TaskSide.FAMILY, daughter, null, "Вести щоденник і показувати його мамі щоп’ятниці", today.plusDays(25));
        PlanGoal safety = goal(k.getId(), ProblemArea.PSYCHOLOGICAL, "Удома спокійно й безпечно для дітей",
                "Жодного виклику поліції через конфлікти протягом трьох місяців", "2 виклики за серпень", "0 викликів",
                today.plusDays(120), "Діти не бояться повертатися додому");
        task(safety.getId(), TaskSide.SPECIALIST, null, agencies.get("POL-JUV"),
                "Профілактична бесіда з Андрієм про безпеку й конфлікти", today.minusDays(5));
        PlanTask clinic = task(safety.getId(), TaskSide.SPECIALIST, null, agencies.get("CLIN-3"),
                "Консультація психолога для Андрія й Софії", today.plusDays(10));
        task(safety.getId(), TaskSide.FAMILY, mother, null, "Відвідати групу підтримки для матерів", today.plusDays(14));

        long plan = k.getId();
        as("curator", AppRoles.CURATOR, () -> plans.offer(plan, version(plan)));
        as("curator", AppRoles.CURATOR, () -> plans.recordSignature(plan, version(plan), "Коваленко Марія", today.minusDays(25)));
        as("supervisor", AppRoles.SUPERVISOR, () -> plans.approve(plan, version(plan)));
        as("curator", AppRoles.CURATOR, () -> plans.activate(plan, version(plan)));
        as("school", AppRoles.SCHOOL, () -> work.reportProgress(attendance.getId(), taskVersion(attendance.getId()),
                TaskStatus.IN_PROGRESS, "За останні два тижні — один пропуск, із довідкою.", false));
        as("health", AppRoles.HEALTH, () -> work.reportProgress(clinic.getId(), taskVersion(clinic.getId()),
                TaskStatus.IN_PROGRESS, "Дітей записано на консультацію на наступний тиждень.", true));
        as("curator", AppRoles.CURATOR, () -> work.reportProgress(wake.getId(), taskVersion(wake.getId()), null,
                "Мама каже, що ранки стали спокійнішими.", false));

        // Бондаренко, at review: the plan in force and a revision being drafted.
        long mother2 = member(bondarenko, "Світлана");
        FamilyPlan b = as("curator", AppRoles.CURATOR, () -> plans.startPlan(bondarenko, today.minusDays(60), today.plusDays(120)));
        PlanGoal debts = goal(b.getId(), ProblemArea.ECONOMIC, "Сім’я сплачує комунальні послуги вчасно",
                "Борг за комунальні послуги погашено, нових боргів немає", "Борг 8 400 грн", "0 грн",
                today.plusDays(90), "Щоб не відключили опалення взимку");
        task(debts.getId(), TaskSide.FAMILY, mother2, null, "Оформити субсидію в ЦНАП", today.minusDays(20));
        task(debts.getId(), TaskSide.SPECIALIST, null, agencies.get("CSS-SHEV"), "Допомогти скласти графік погашення боргу",
                today.plusDays(15));
        long bPlan = b.getId();
        as("curator", AppRoles.CURATOR, () -> plans.recordSignature(bPlan, version(bPlan), "Бондаренко Світлана", today.minusDays(55)));
        as("supervisor", AppRoles.SUPERVISOR, () -> plans.approve(bPlan, version(bPlan)));
        as("curator", AppRoles.CURATOR, () -> plans.activate(bPlan, version(bPlan)));
        FamilyPlan revision = as("curator", AppRoles.CURATOR, () -> plans.revise(bPlan, version(bPlan)));
        PlanGoal work = as("curator", AppRoles.CURATOR, () -> plans.addGoal(revision.getId(), goalDetails(ProblemArea.SOCIAL,
                "Світлана має постійну роботу", "Трудовий договір на строк від 6 місяців", "Випадкові підробітки",
                "Постійна робота", today.plusDays(110), "Стабільний дохід для дітей")));
        // Four of the family's tasks fall in one week: the draft warns that it overloads the family.
        LocalDate monday = today.plusWeeks(3).with(DayOfWeek.MONDAY);
        task(work.getId(), TaskSide.FAMILY, mother2, null, "Стати на облік у центрі зайнятості", monday);
        task(work.getId(), TaskSide.FAMILY, mother2, null, "Скласти резюме", monday.plusDays(1));
        task(work.getId(), TaskSide.FAMILY, mother2, null, "Пройти співбесіду в пекарні", monday.plusDays(3));
        task(work.getId(), TaskSide.FAMILY, mother2, null, "Домовитися з бабусею про догляд за Максимом", monday.plusDays(4));
    }

    private PlanGoal goal(long planId, ProblemArea area, String statement, String criterion, String baseline, String target,
                          LocalDate deadline, String why) {
        return as("curator", AppRoles.CURATOR, () -> plans.addGoal(planId,
                goalDetails(area, statement, criterion, baseline, target, deadline, why)));
    }

    private static GoalDetails goalDetails(ProblemArea area, String statement, String criterion, String baseline,
                                           String target, LocalDate deadline, String why) {
        GoalDetails g = new GoalDetails();
        g.setProblemArea(area);
        g.setStatement(statement);
        g.setCriterion(criterion);
        g.setBaseline(baseline);
        g.setTarget(target);
        g.setDeadline(deadline);
        g.setWhyItMatters(why);
        return g;
    }

    private PlanTask task(long goalId, TaskSide side, Long memberId, Long agencyId, String text, LocalDate due) {
        return task(goalId, side, memberId, agencyId, text, due, null);
    }

    private PlanTask task(long goalId, TaskSide side, Long memberId, Long agencyId, String text, LocalDate due, Long userId) {
        TaskDetails t = new TaskDetails();
        t.setUserId(userId);
        t.setSide(side);
        t.setMemberId(memberId);
        t.setAgencyId(agencyId);
        t.setDescription(text);
        t.setDueOn(due);
        return as("curator", AppRoles.CURATOR, () -> plans.addTask(goalId, t));
    }

    private Map<String, Long> agencyIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT code, id FROM agency", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private long member(long caseId, String firstName) {
        return jdbc.queryForObject("""
                SELECT m.id FROM family_member m JOIN family_case c ON c.family_id = m.family_id
                WHERE c.id = ? AND (? IS NULL OR m.first_name = ?) ORDER BY m.position LIMIT 1""",
                Long.class, caseId, firstName, firstName);
    }

    private long memberOtherThan(long caseId, long memberId) {
        return jdbc.queryForObject("""
                SELECT m.id FROM family_member m JOIN family_case c ON c.family_id = m.family_id
                WHERE c.id = ? AND m.id <> ? ORDER BY m.position LIMIT 1""", Long.class, caseId, memberId);
    }

    private long version(long planId) {
        return jdbc.queryForObject("SELECT version FROM family_plan WHERE id = ?", Long.class, planId);
    }

    private long taskVersion(long taskId) {
        return jdbc.queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class, taskId);
    }
}
