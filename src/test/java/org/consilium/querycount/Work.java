package org.consilium.querycount;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Information requests to an agency, and meetings a user is invited to, spread over cases. */
final class Work extends Fill {

    private static final String[] OPEN = {"SENT", "IN_PROGRESS"};
    private static final String[] KINDS = {"SCHOOL_CHARACTERISATION", "POLICE_INFORMATION", "HEALTH_INFORMATION", "OTHER"};

    Work(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /**
     * {@code count} requests to the agency about the cases in turn, sent by the curator: open ones if
     * {@code open}, otherwise answered; some are overdue.
     */
    void requests(List<People.Case> cases, long agencyId, String kind, String curator, boolean open, int count) {
        List<Object[]> requests = rows();
        for (int i = 0; i < count; i++) {
            People.Case c = cases.get(i % cases.size());
            Instant sent = now.minus(Duration.ofDays(1 + i % 60));
            requests.add(new Object[] {c.id(), c.familyId(), "Сім’я " + c.familyId(), c.childId(), "Іван",
                    agencyId, kind == null ? KINDS[i % KINDS.length] : kind, day(today.minusDays(90)), day(today.minusDays(1)),
                    day(today.minusDays(15).plusDays(i % 30)), at(sent), curator,
                    open ? OPEN[i % OPEN.length] : "ANSWERED", open ? null : at(sent.plus(Duration.ofDays(2 + i % 10))),
                    open ? null : curator});
        }
        batch("""
                insert into information_request (version, case_id, family_id, family_name, member_id, subject_name, agency_id,
                    kind, period_from, period_to, due_on, sent_at, sent_by, sent_by_name, sent_by_team, basis, repeat_every,
                    status, answered_at, answered_by)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Кейс-менеджер', 'ЦСС', 'CONSENT', 'NONE', ?, ?, ?)""", requests);
    }

    /**
     * {@code count} case conferences from {@code first} on, one every {@code every}, about the cases in
     * turn: chaired by the chair, the user invited in person and the agency through its staff.
     * With {@code decided}, each took a decision on its case. Returns the first meeting's id.
     */
    long meetings(List<People.Case> cases, People.Account chair, People.Account invited, long agencyId, long teamId,
                  Instant first, Duration every, boolean decided, int count) {
        long meeting = next("meeting");
        List<Object[]> meetings = rows();
        List<Object[]> participants = rows();
        List<Object[]> decisions = rows();
        String[] responses = {"NEEDS_ACTION", "ACCEPTED", "TENTATIVE"};
        for (int i = 0; i < count; i++) {
            long id = meeting + i;
            People.Case c = cases.get(i % cases.size());
            Instant starts = first.plus(every.multipliedBy(i));
            meetings.add(new Object[] {id, UUID.nameUUIDFromBytes(("m" + id).getBytes()).toString(), "Консиліум " + (i + 1),
                    teamId, c.id(), c.familyId(), "Сім’я " + c.familyId(), at(starts), at(starts.plus(Duration.ofHours(1))),
                    chair.id(), chair.username()});
            participants.add(new Object[] {id, "USER", invited.id(), null, invited.username(), responses[i % responses.length]});
            participants.add(new Object[] {id, "AGENCY", null, agencyId, "Школа", "NEEDS_ACTION"});
            if (decided) {
                decisions.add(new Object[] {id, c.id(), "Сім’я " + c.familyId(), "Рішення " + (i + 1),
                        at(starts.plus(Duration.ofMinutes(50))), chair.username()});
            }
        }
        batch("""
                insert into meeting (id, version, uid, sequence_no, kind, title, team_agency_id, case_id, family_id, family_name,
                                     starts_at, ends_at, place, chair_id, chair_name, status, organised_by, organised_at)
                values (?, 0, ?, 0, 'CASE_CONFERENCE', ?, ?, ?, ?, ?, ?, ?, 'Кабінет 12', ?, ?, 'SCHEDULED', 'supervisor',
                        CURRENT_TIMESTAMP)""", meetings);
        batch("""
                insert into meeting_participant (meeting_id, kind, user_id, agency_id, name, response)
                values (?, ?, ?, ?, ?, ?)""", participants);
        batch("""
                insert into meeting_decision (meeting_id, case_id, family_name, kind, text, decided_at, decided_by)
                values (?, ?, ?, 'NOTE', ?, ?, ?)""", decisions);
        return meeting;
    }

    /** The first moment of the month this day is in, in the zone of the machine (the application's clock's). */
    static Instant startOfMonth(LocalDate day) {
        return day.withDayOfMonth(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
