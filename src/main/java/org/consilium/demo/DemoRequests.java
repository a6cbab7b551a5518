package org.consilium.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.consilium.plan.GoalRef;
import org.consilium.plan.PlanReader;
import org.consilium.request.AnswerField;
import org.consilium.request.AnswerService;
import org.consilium.request.InformationRequest;
import org.consilium.request.RecurringReports;
import org.consilium.request.Repeat;
import org.consilium.request.RequestDetails;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestQuestion;
import org.consilium.request.RequestService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo information requests about the Коваленко family: the school's characterisation of Андрій,
 * answered; a police request in progress with a question to the curator; an overdue request to the
 * clinic; and Андрій's monthly attendance feeding the plan goal "Діти щодня відвідують школу": two months
 * answered, last month's report waiting for the school. For Мельник, without consent, a request on a legal basis waits for review.
 */
@Component
class DemoRequests {

    private final RequestService requests;
    private final AnswerService answers;
    private final RecurringReports recurring;
    private final PlanReader plans;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoRequests(RequestService requests, AnswerService answers, RecurringReports recurring, PlanReader plans,
                 JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.recurring = recurring;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    void create(long kovalenko, long melnyk) {
        LocalDate today = LocalDate.now(clock);
        long andriy = member(kovalenko, "Андрій");
        long sofia = member(kovalenko, "Софія");

        // The school's characterisation of Андрій, sent twelve days ago and answered.
        InformationRequest characterisation = send(kovalenko, andriy, RequestKind.SCHOOL_CHARACTERISATION, agency("SCH-12"),
                "Чи є в Андрія друзі в класі, і як він поводиться на перервах?", today.minusMonths(3), today.minusDays(12));
        backdate(characterisation.getId(), 12, today.minusDays(5));
        Map<AnswerField, String> a = new EnumMap<>(AnswerField.class);
        a.put(AnswerField.DAYS_MISSED_EXCUSED, "4");
        a.put(AnswerField.DAYS_MISSED_UNEXCUSED, "9");
        a.put(AnswerField.PROGRESS_LANGUAGES, "SATISFACTORY");
        a.put(AnswerField.PROGRESS_MATHEMATICS, "WEAK");
        a.put(AnswerField.PROGRESS_SCIENCES, "SATISFACTORY");
        a.put(AnswerField.AVERAGE_MARK, "6.5");
        a.put(AnswerField.BEHAVIOUR, "На уроках спокійний, але часто неуважний; двічі запізнювався після перерви.");
        a.put(AnswerField.RELATIONS, "Має двох близьких друзів у класі; з учителями ввічливий, уникає розмов про дім.");
        a.put(AnswerField.PARENTS_INVOLVEMENT, "Мама приходила на батьківські збори один раз за семестр, на дзвінки відповідає не завжди.");
        a.put(AnswerField.STRENGTHS, "Добре малює, відвідує гурток робототехніки.");
        a.put(AnswerField.CONCERNS, "Пропуски без поважної причини в понеділки; втомлений зранку.");
        a.put(AnswerField.SCHOOL_ACTIONS, "Бесіда класного керівника з мамою, консультація практичного психолога.");
        a.put(AnswerField.RECOMMENDATIONS, "Щоденний контроль відвідування, залучення до гуртка, консультації психолога раз на два тижні.");
        a.put(AnswerField.PREPARED_BY_ROLE, "CLASS_TEACHER");
        a.put(AnswerField.PREPARED_BY_NAME, "Гнатюк Наталія Олексіївна");
        a.put(AnswerField.SIGNED_BY, "Директор Савчук Олег Петрович");
        as("school", AppRoles.SCHOOL, () -> answers.submit(characterisation.getId(), version(characterisation.getId()), a));

        // The police: in progress, with a question to the curator.
        InformationRequest police = send(kovalenko, null, RequestKind.POLICE_INFORMATION, agency("POL-JUV"), null,
                today.minusMonths(6), today.minusDays(1));
        as("police", AppRoles.POLICE, () -> answers.ask(police.getId(),
                "Чи потрібні відомості також про батька дітей, який проживає окремо?"));

        // The clinic: sent ten days ago, due three days ago, not answered.
        InformationRequest clinic = send(kovalenko, sofia, RequestKind.HEALTH_INFORMATION, agency("CLIN-3"), null,
                today.minusYears(1), today.minusDays(1));
        backdate(clinic.getId(), 10, today.minusDays(3));

        // Andrій's attendance every month until the plan ends, feeding the plan's goal.
        String goal = as("curator", AppRoles.CURATOR, () -> plans.current(kovalenko)).stream()
                .flatMap(p -> p.goals().stream()).filter(g -> g.statement().equals("Діти щодня відвідують школу"))
                .map(GoalRef::key).findFirst().orElseThrow();
        LocalDate firstMonth = today.withDayOfMonth(1).minusMonths(3);
        RequestDetails monthly = details(andriy, RequestKind.SCHOOL_CHARACTERISATION, agency("SCH-12"), null, firstMonth, null);
        monthly.setQuestions(EnumSet.of(RequestQuestion.ATTENDANCE));
        monthly.setRepeat(Repeat.MONTHLY);
        monthly.setUntilPlanEnds(true);
        monthly.setGoalKey(goal);
        InformationRequest first = as("curator", AppRoles.CURATOR, () -> requests.send(kovalenko, monthly));
        backdate(first.getId(), (int) ChronoUnit.DAYS.between(firstMonth.plusMonths(1), today), firstMonth.plusMonths(1).plusDays(7));
        recurring.sendDue(today);
        // Two months answered; last month's report waits for the school.
        answerAttendance(first.getId(), "2", "5");
        jdbc.queryForList("SELECT id FROM information_request WHERE series_id = ? ORDER BY period_from", Long.class, first.getId())
                .stream().findFirst().ifPresent(next -> {
                    LocalDate sent = firstMonth.plusMonths(2);
                    backdate(next, (int) ChronoUnit.DAYS.between(sent, today), sent.plusDays(7));
                    answerAttendance(next, "1", "1");
                });

        // Мельник: no consent; the clinic is asked on a legal basis, which waits for a supervisor.
        RequestDetails melnykHealth = details(null, RequestKind.HEALTH_INFORMATION, agency("CLIN-3"), null,
                today.minusMonths(6), today.minusDays(1));
        melnykHealth.setLegalBasis("Стаття 13 Закону України «Про охорону дитинства»: оцінка потреб дитини, яка може "
                + "перебувати в небезпеці; відомості про звернення по медичну допомогу.");
        as("curator", AppRoles.CURATOR, () -> requests.send(melnyk, melnykHealth));
    }

    private void answerAttendance(long requestId, String excused, String unexcused) {
        Map<AnswerField, String> a = new EnumMap<>(AnswerField.class);
        a.put(AnswerField.DAYS_MISSED_EXCUSED, excused);
        a.put(AnswerField.DAYS_MISSED_UNEXCUSED, unexcused);
        a.put(AnswerField.PREPARED_BY_ROLE, "CLASS_TEACHER");
        a.put(AnswerField.PREPARED_BY_NAME, "Гнатюк Наталія Олексіївна");
        a.put(AnswerField.SIGNED_BY, "Директор Савчук Олег Петрович");
        as("school", AppRoles.SCHOOL, () -> answers.submit(requestId, version(requestId), a));
    }

    private InformationRequest send(long caseId, Long memberId, RequestKind kind, long agencyId, String ownQuestion,
                                    LocalDate from, LocalDate to) {
        RequestDetails d = details(memberId, kind, agencyId, ownQuestion, from, to);
        return as("curator", AppRoles.CURATOR, () -> requests.send(caseId, d));
    }

    private static RequestDetails details(Long memberId, RequestKind kind, long agencyId, String ownQuestion,
                                          LocalDate from, LocalDate to) {
        RequestDetails d = new RequestDetails();
        d.setMemberId(memberId);
        d.setKind(kind);
        d.setAgencyId(agencyId);
        d.setQuestions(EnumSet.copyOf(RequestQuestion.of(kind)));
        d.setQuestionsText(ownQuestion);
        d.setPeriodFrom(from);
        d.setPeriodTo(to);
        return d;
    }

    /** Gives a request a past: sent {@code daysAgo} days ago, due on {@code due}. */
    private void backdate(long requestId, int daysAgo, LocalDate due) {
        jdbc.update("UPDATE information_request SET sent_at = ?, due_on = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(daysAgo, ChronoUnit.DAYS)), Date.valueOf(due), requestId);
    }

    private long agency(String code) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE code = ?", Long.class, code);
    }

    private long member(long caseId, String firstName) {
        return jdbc.queryForObject("SELECT m.id FROM family_member m JOIN family_case c ON c.family_id = m.family_id"
                + " WHERE c.id = ? AND m.first_name = ?", Long.class, caseId, firstName);
    }

    private long version(long requestId) {
        return jdbc.queryForObject("SELECT version FROM information_request WHERE id = ?", Long.class, requestId);
    }
}
