package org.consilium.querycount;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans in force with their goals and tasks: many small plans whose tasks are a partner's (for "My
 * tasks"), and one large plan with tasks for the family and the agencies, progress notes, indicator
 * readings and goal ratings (for the plan page).
 */
final class Plans extends Fill {

    private static final String[] STATUSES = {"PLANNED", "IN_PROGRESS", "DONE", "PLANNED", "NOT_DONE"};

    Plans(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** A plan in force on each case, with one goal of {@code tasksEach} tasks for the agency; returns the plans' ids. */
    List<Long> agencyTasks(List<People.Case> cases, long agencyId, Long userId, int tasksEach) {
        long plan = next("family_plan");
        long goal = next("plan_goal");
        List<Object[]> plans = rows();
        List<Object[]> goals = rows();
        List<Object[]> tasks = rows();
        for (int i = 0; i < cases.size(); i++) {
            People.Case c = cases.get(i);
            plans.add(plan(plan + i, c));
            goals.add(goal(goal + i, plan + i, 0));
            for (int t = 0; t < tasksEach; t++) {
                tasks.add(task(goal + i, t, "SPECIALIST", null, agencyId, t % 2 == 0 ? userId : null));
            }
        }
        write(plans, goals, tasks);
        return java.util.stream.LongStream.range(plan, plan + cases.size()).boxed().toList();
    }

    /**
     * A plan in force on the case with {@code count} tasks in goals of five: every third for the mother,
     * the others for the agencies in turn (the first agency's with its user); each task with a progress
     * note, each goal with readings and ratings, {@code count} of each in all. Returns the plan's id.
     */
    long large(People.Case c, List<Long> agencies, long userId, String author, int count) {
        long plan = next("family_plan");
        long goal = next("plan_goal");
        int goalCount = Math.max(2, count / 5);
        List<Object[]> plans = rows();
        List<Object[]> goals = rows();
        List<Object[]> tasks = rows();
        List<Object[]> notes = rows();
        List<Object[]> readings = rows();
        List<Object[]> ratings = rows();
        plans.add(plan(plan, c));
        for (int g = 0; g < goalCount; g++) {
            goals.add(goal(goal + g, plan, g));
        }
        for (int t = 0; t < count; t++) {
            long goalId = goal + t % goalCount;
            Object[] task;
            if (t % 3 == 0) {
                task = task(goalId, t, "FAMILY", c.motherId(), null, null);
            } else {
                int a = t / 3 % agencies.size();
                task = task(goalId, t, "SPECIALIST", null, agencies.get(a), a == 0 ? userId : null);
            }
            tasks.add(task);
            notes.add(new Object[] {c.id(), task[1], at(now.minus(Duration.ofHours(t))), author, "Кейс-менеджер",
                    t % 4 == 0, "Виконується, крок " + t});
            String goalKey = key("g" + goalId);
            readings.add(new Object[] {c.id(), c.familyId(), goalKey, day(today.minusMonths(t % 12 + 1).withDayOfMonth(1)),
                    day(today.minusMonths(t % 12 + 1).withDayOfMonth(28)), t % 9, c.id() * 100_000L + t, at(now)});
            ratings.add(new Object[] {c.id(), goalKey, 1 + t % 5, day(today.minusDays(t)), at(now.minus(Duration.ofDays(t))),
                    author});
        }
        write(plans, goals, tasks);
        batch("""
                insert into plan_task_note (case_id, task_key, written_at, author, author_name, author_agency_id, by_family,
                                            internal, note_text)
                values (?, ?, ?, ?, ?, null, false, ?, ?)""", notes);
        batch("""
                insert into goal_reading (version, case_id, family_id, goal_key, indicator, period_start, period_end, value,
                                          source_type, source_id, recorded_at)
                values (0, ?, ?, ?, 'Пропущені дні', ?, ?, ?, 'TEST', ?, ?)""", readings);
        batch("""
                insert into goal_rating (case_id, goal_key, plan_number, rating, rated_on, rated_at, rated_by)
                values (?, ?, 1, ?, ?, ?, ?)""", ratings);
        return plan;
    }

    private void write(List<Object[]> plans, List<Object[]> goals, List<Object[]> tasks) {
        batch("""
                insert into family_plan (id, version, case_id, family_id, plan_number, status, starts_on, ends_on, created_at,
                                         created_by, agreement, agreed_at, agreed_by_name, approved_at, approved_by, activated_at)
                values (?, 0, ?, ?, 1, 'ACTIVE', ?, ?, ?, 'curator', 'PAPER', ?, 'Олена', ?, 'supervisor', ?)""", plans);
        batch("""
                insert into plan_goal (id, version, plan_id, item_key, position, problem_area, statement, criterion, deadline)
                values (?, 0, ?, ?, ?, 'SOCIAL', 'Діти щодня відвідують школу', 'Не більше двох пропусків', ?)""", goals);
        batch("""
                insert into plan_task (version, goal_id, item_key, position, side, description, member_id, agency_id, user_id,
                                       due_on, status)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks);
    }

    private Object[] plan(long id, People.Case c) {
        return new Object[] {id, c.id(), c.familyId(), day(today.minusDays(90)), day(today.plusDays(90)),
                at(now.minus(Duration.ofDays(95))), at(now.minus(Duration.ofDays(94))), at(now.minus(Duration.ofDays(93))),
                at(now.minus(Duration.ofDays(92)))};
    }

    private Object[] goal(long id, long planId, int position) {
        return new Object[] {id, planId, key("g" + id), position, day(today.plusDays(60))};
    }

    private Object[] task(long goalId, int position, String side, Long memberId, Long agencyId, Long userId) {
        return new Object[] {goalId, key("t" + goalId + "-" + position), position, side, "Завдання " + (position + 1), memberId,
                agencyId, userId, day(today.minusDays(20).plusDays(position % 40)), STATUSES[position % STATUSES.length]};
    }

    private static String key(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
