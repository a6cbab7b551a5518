package org.consilium.querycount;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One set of rows behind the pages, {@code size} of each kind: a team (supervisor, curator) with
 * {@code size} cases of families named {@code surname}; a school, the police and a clinic taking part
 * in all of them; {@code size} tasks of the school in small plans and {@code size} open and answered
 * requests to it; {@code size} meetings of the curator this month; and the first case ({@link #big()})
 * with a plan of {@code size} tasks and {@code size} of everything its page lists.
 */
record World(int size, String surname, long teamId, People.Account supervisor, People.Account curator, long schoolId,
             People.Account school, People.Account clinic, List<People.Case> cases, long bigPlanId, LocalDate month) {

    People.Case big() {
        return cases.getFirst();
    }

    /** The open cases of the team: all but every fifth. */
    long openCases() {
        return cases.stream().filter(People.Case::open).count();
    }

    static World build(JdbcTemplate jdbc, String tag, String surname, int size) {
        People people = new People(jdbc, tag);
        long team = people.agency("SOCIAL_SERVICES", "Центр соціальних служб");
        People.Account supervisor = people.account(team, "SUPERVISOR", "Керівниця " + tag);
        People.Account curator = people.account(team, "CURATOR", "Кейс-менеджерка " + tag);
        long school = people.agency("SCHOOL", "Школа");
        People.Account schoolUser = people.account(school, "SCHOOL", "Вчителька " + tag);
        long police = people.agency("POLICE", "Ювенальна превенція");
        long clinic = people.agency("HEALTH", "Поліклініка");
        People.Account clinicUser = people.account(clinic, "HEALTH", "Лікарка " + tag);
        // The first case carries the large plan; every fifth from the second on a small plan with the school's tasks.
        List<People.Case> cases = people.cases(team, curator, surname, size, List.of(school, police, clinic),
                i -> i == 0 || i % 5 == 1);
        People.Case big = cases.getFirst();

        Plans plans = new Plans(jdbc);
        plans.agencyTasks(IntStream.range(0, size).filter(i -> i % 5 == 1).mapToObj(cases::get).toList(), school,
                schoolUser.id(), 5);
        long bigPlan = plans.large(big, List.of(school, police, clinic), schoolUser.id(), curator.username(), size);

        Work work = new Work(jdbc);
        work.requests(cases, school, "SCHOOL_CHARACTERISATION", curator.username(), true, size);
        work.requests(cases, school, "SCHOOL_CHARACTERISATION", curator.username(), false, size);
        work.requests(List.of(big), clinic, "HEALTH_INFORMATION", curator.username(), true, size / 2);
        work.requests(List.of(big), clinic, "HEALTH_INFORMATION", curator.username(), false, size - size / 2);
        LocalDate today = LocalDate.now();
        // This month's meetings, spread over its first 28 days from eight in the morning.
        work.meetings(cases, supervisor, curator, school, team, Work.startOfMonth(today).plus(Duration.ofHours(8)),
                Duration.ofMinutes(28L * 24 * 60 / size), false, size);
        // The first case's past meetings, long before the pages' time ranges, each with a decision in its timeline.
        work.meetings(List.of(big), supervisor, curator, school, team, Work.startOfMonth(today).minus(Duration.ofDays(150)),
                Duration.ofHours(1), true, size);

        new CaseHistory(jdbc).of(big, bigPlan, police, List.of(curator.username(), supervisor.username()), size);
        return new World(size, surname, team, supervisor, curator, school, schoolUser, clinicUser, cases, bigPlan,
                today.withDayOfMonth(1));
    }
}
