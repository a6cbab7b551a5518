package org.consilium.querycount;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a long-running case gathers and its page lists: moves through the stages, contacts with the
 * family (each ticking off a task), openings of the file in the audit log, and progress reviews of its
 * plan.
 */
final class CaseHistory extends Fill {

    private static final String[] STAGES = {"INITIAL_ASSESSMENT", "DECISION", "PLANNING", "IMPLEMENTATION", "REVIEW"};
    private static final String[] CONTACTS = {"HOME_VISIT", "CALL", "CONSULTATION", "OFFICE_MEETING", "ACCOMPANIMENT"};
    private static final String[] DECISIONS = {"CONTINUE", "REVISE", "REASSESS"};

    CaseHistory(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** {@code count} of each, written by the given users in turn. */
    void of(People.Case c, long planId, long agencyId, List<String> users, int count) {
        long contact = next("case_contact");
        long review = next("progress_review");
        List<Object[]> moves = rows();
        List<Object[]> contacts = rows();
        List<Object[]> contactTasks = rows();
        List<Object[]> openings = rows();
        List<Object[]> reviews = rows();
        List<Object[]> reviewGoals = rows();
        List<Object[]> reviewServices = rows();
        for (int i = 0; i < count; i++) {
            String by = users.get(i % users.size());
            moves.add(new Object[] {c.id(), i == 0 ? null : STAGES[(i - 1) % STAGES.length], STAGES[i % STAGES.length],
                    at(now.minus(Duration.ofHours(2L * (count - i)))), by, "Перехід " + i, day(today.plusDays(i % 30))});
            contacts.add(new Object[] {contact + i, c.id(), c.familyId(), day(today.minusDays(i % 200)),
                    CONTACTS[i % CONTACTS.length], "Мати, дитина", "Розмова " + i, at(now.minus(Duration.ofDays(i % 200))), by});
            contactTasks.add(new Object[] {contact + i, "Відвідати групу підтримки"});
            openings.add(new Object[] {at(now.minus(Duration.ofMinutes(i))), by, c.id(), c.familyId(), c.id()});
            reviews.add(new Object[] {review + i, c.id(), c.familyId(), planId, day(today.minusDays(i % 300)),
                    DECISIONS[i % DECISIONS.length], by, at(now.minus(Duration.ofDays(i % 300)))});
            reviewGoals.add(new Object[] {review + i, "g-review-" + i, 1 + i % 5, 1 + (i + 1) % 5});
            reviewServices.add(new Object[] {review + i, "t-review-" + i, agencyId});
        }
        batch("""
                insert into case_transition (case_id, from_stage, to_stage, moved_at, moved_by, comment, due_on)
                values (?, ?, ?, ?, ?, ?, ?)""", moves);
        batch("""
                insert into case_contact (id, version, case_id, family_id, contacted_on, kind, participants, notes, recorded_at,
                                          recorded_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""", contacts);
        batch("insert into case_contact_task (contact_id, position, description) values (?, 0, ?)", contactTasks);
        batch("""
                insert into audit_entry (at, username, action, entity_type, entity_id, family_id, case_id)
                values (?, ?, 'VIEW', 'case', ?, ?, ?)""", openings);
        batch("""
                insert into progress_review (id, version, case_id, family_id, plan_id, plan_number, held_on, family_view,
                                             decision, recorded_by, recorded_at)
                values (?, 0, ?, ?, ?, 1, ?, 'Нам стало легше', ?, ?, ?)""", reviews);
        batch("""
                insert into progress_review_goal (review_id, position, goal_key, statement, rating, family_rating)
                values (?, 0, ?, 'Діти щодня відвідують школу', ?, ?)""", reviewGoals);
        batch("""
                insert into progress_review_service (review_id, position, task_key, description, agency_id, agency_name, received,
                                                     adequate)
                values (?, 0, ?, 'Профілактична бесіда', ?, 'Поліція', true, true)""", reviewServices);
    }
}
