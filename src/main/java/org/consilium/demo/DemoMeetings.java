package org.consilium.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.consilium.meeting.AgendaService;
import org.consilium.meeting.Attendance;
import org.consilium.meeting.DecisionDetails;
import org.consilium.meeting.DecisionKind;
import org.consilium.meeting.Meeting;
import org.consilium.meeting.MeetingDecisions;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingRoomService;
import org.consilium.meeting.MeetingService;
import org.consilium.meeting.Participant;
import org.consilium.meeting.Topic;
import org.consilium.plan.GoalRef;
import org.consilium.plan.PlanReader;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo meetings: a territorial-group meeting next week with three items on its agenda (one shared with
 * all participants as a summary); a case conference on Коваленко two weeks ago, its minutes final, whose
 * decision gave the police a task in the plan and recorded an inconsistency for the school to settle; and
 * the closing meeting of Бондаренко, announced for ten days from now.
 */
@Component
class DemoMeetings {

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final MeetingRoomService room;
    private final MeetingDecisions decisions;
    private final PlanReader plans;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMeetings(MeetingService meetings, AgendaService agenda, MeetingRoomService room, MeetingDecisions decisions,
                 PlanReader plans, JdbcTemplate jdbc, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.room = room;
        this.decisions = decisions;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    void create(long kovalenko, long bondarenko) {
        LocalDate today = LocalDate.now(clock);
        pastConference(kovalenko, today);
        territorialGroup(kovalenko, today);
        closingMeeting(bondarenko, today);
    }

    /** Коваленко, two weeks ago: minutes final, a police task added to the plan, an inconsistency open. */
    private void pastConference(long kovalenko, LocalDate today) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(kovalenko);
        d.setTitle("Консиліум щодо родини Коваленко");
        d.setDay(today.plusDays(1));
        d.setStartsAt(LocalTime.of(14, 0));
        d.setEndsAt(LocalTime.of(15, 30));
        d.setPlace("Центр соціальних служб, кімната 3");
        d.setAgencyIds(Set.of(agency("SCH-12"), agency("POL-JUV"), agency("CLIN-3")));
        d.setMemberIds(Set.of(member(kovalenko, "Марія")));
        Meeting m = as("curator", AppRoles.CURATOR, () -> meetings.schedule(d));
        long item = as("curator", AppRoles.CURATOR,
                () -> agenda.add(m.getId(), Topic.OTHER, kovalenko, "Пропуски Андрія в понеділки: що робимо разом?")).id();
        // It took place two weeks ago: scheduled ahead, as users do, then held.
        LocalDate day = today.minusDays(15);
        Timestamp starts = Timestamp.from(day.atTime(14, 0).atZone(clock.getZone()).toInstant());
        Timestamp ends = Timestamp.from(day.atTime(15, 30).atZone(clock.getZone()).toInstant());
        jdbc.update("UPDATE meeting SET starts_at = ?, ends_at = ?, organised_at = ? WHERE id = ?",
                starts, ends, Timestamp.from(clock.instant().minus(Duration.ofDays(22))), m.getId());
        long clinic = agency("CLIN-3");
        for (Participant p : m.getParticipants()) {
            // The clinic's nurse sent word she could not come.
            Attendance came = p.getAgencyId() != null && p.getAgencyId() == clinic ? Attendance.EXCUSED : Attendance.PRESENT;
            as("curator", AppRoles.CURATOR, () -> {
                room.markAttendance(m.getId(), p.getId(), came);
                return null;
            });
        }
        long version = jdbc.queryForObject("SELECT version FROM meeting_agenda_item WHERE id = ?", Long.class, item);
        as("curator", AppRoles.CURATOR, () -> room.writeMinutes(item, version,
                "Школа: 9 пропусків без поважної причини за семестр, переважно в понеділки.\n"
                        + "Поліція: у вихідні Андрія бачили пізно ввечері біля торгового центру зі старшими хлопцями.\n"
                        + "Мама: погоджується, що по неділях діти лягають пізно; просить допомоги з режимом дня."));
        String goal = as("curator", AppRoles.CURATOR, () -> plans.current(kovalenko)).stream()
                .flatMap(p -> p.goals().stream()).map(GoalRef::key).findFirst().orElseThrow();
        DecisionDetails task = new DecisionDetails();
        task.setKind(DecisionKind.ADD_TASK);
        task.setText("Ювенальна превенція проводить профілактичні бесіди з Андрієм щотижня до кінця місяця");
        task.setGoalKey(goal);
        task.setAgencyId(agency("POL-JUV"));
        task.setDescription("Профілактична бесіда з Андрієм щонеділі, зворотний зв’язок кейс-менеджеру");
        task.setDueOn(today.plusDays(14));
        as("curator", AppRoles.CURATOR, () -> decisions.decide(item, task));
        as("curator", AppRoles.CURATOR, () -> room.recordInconsistency(item,
                "Школа відмічає Андрія присутнім у понеділок 10-го, а поліція бачила його того ранку біля ТЦ",
                agency("SCH-12"), today.plusDays(7)));
        long meetingVersion = jdbc.queryForObject("SELECT version FROM meeting WHERE id = ?", Long.class, m.getId());
        as("curator", AppRoles.CURATOR, () -> room.finalise(m.getId(), meetingVersion));
        Timestamp after = Timestamp.from(day.atTime(16, 0).atZone(clock.getZone()).toInstant());
        jdbc.update("UPDATE meeting SET finalised_at = ? WHERE id = ?", after, m.getId());
        jdbc.update("UPDATE meeting_decision SET decided_at = ? WHERE meeting_id = ?", ends, m.getId());
        jdbc.update("UPDATE meeting_inconsistency SET recorded_at = ? WHERE meeting_id = ?", ends, m.getId());
    }

    /** Next week: the territorial group, with three items of waiting work; one shared as a summary. */
    private void territorialGroup(long kovalenko, LocalDate today) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.TERRITORIAL_GROUP);
        d.setTitle("Засідання територіальної групи");
        d.setDay(today.plusDays(7));
        d.setStartsAt(LocalTime.of(10, 0));
        d.setEndsAt(LocalTime.of(12, 0));
        d.setPlace("Шевченківська районна адміністрація, зала засідань");
        d.setUserIds(Set.of(user("curator")));
        d.setAgencyIds(Set.of(agency("SCH-12"), agency("POL-JUV"), agency("CLIN-3")));
        Meeting m = as("supervisor", AppRoles.SUPERVISOR, () -> meetings.schedule(d));
        List<AgendaService.Candidate> waiting = as("supervisor", AppRoles.SUPERVISOR, () -> agenda.candidates(m.getId()));
        // A verified referral to open or decline, Бондаренко at review, Мельник's override; Коваленко if one is missing.
        List<AgendaService.Candidate> chosen = new java.util.ArrayList<>();
        waiting.stream().filter(c -> c.topic() == Topic.REFERRAL).findFirst().ifPresent(chosen::add);
        waiting.stream().filter(c -> "Бондаренко".equals(c.familyName()) && c.topic() == Topic.REVIEW).findFirst()
                .ifPresent(chosen::add);
        waiting.stream().filter(c -> "Мельник".equals(c.familyName())).findFirst().ifPresent(chosen::add);
        for (AgendaService.Candidate c : chosen) {
            as("supervisor", AppRoles.SUPERVISOR, () -> c.referralId() != null
                    ? agenda.addReferral(m.getId(), c.referralId(), question(c.topic()))
                    : agenda.add(m.getId(), c.topic(), c.caseId(), question(c.topic())));
        }
        if (chosen.size() < 3) {
            as("supervisor", AppRoles.SUPERVISOR, () -> agenda.add(m.getId(), Topic.OTHER, kovalenko,
                    "Чи усунула школа розбіжність у даних про відвідування Андрія?"));
        }
        List<AgendaService.Item> items = as("supervisor", AppRoles.SUPERVISOR, () -> agenda.agenda(m.getId()));
        items.stream().filter(i -> "Бондаренко".equals(i.familyName())).findFirst().ifPresent(i -> {
            long version = jdbc.queryForObject("SELECT version FROM meeting_agenda_item WHERE id = ?", Long.class, i.id());
            as("supervisor", AppRoles.SUPERVISOR, () -> room.share(i.id(), version,
                    "Родина з трьома дітьми на етапі перегляду плану; кейс-менеджер пропонує завершальну зустріч. "
                            + "Від школи потрібні лише відомості про відвідування старшого сина."));
        });
    }

    /** Бондаренко: the closing meeting, announced for ten days from now to the mother and the schools. */
    private void closingMeeting(long bondarenko, LocalDate today) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CLOSING);
        d.setCaseId(bondarenko);
        d.setTitle("Завершальна зустріч з родиною Бондаренко");
        d.setDay(today.plusDays(10));
        d.setStartsAt(LocalTime.of(15, 0));
        d.setEndsAt(LocalTime.of(16, 0));
        d.setPlace("Центр соціальних служб, кімната 3");
        d.setAgencyIds(Set.of(agency("SCH-12")));
        d.setMemberIds(Set.of(member(bondarenko, "Світлана")));
        Meeting m = as("curator", AppRoles.CURATOR, () -> meetings.schedule(d));
        as("curator", AppRoles.CURATOR, () -> agenda.add(m.getId(), Topic.CLOSURE, bondarenko,
                "Чи досягнуто цілей плану, і чи можна закрити справу?"));
    }

    private static String question(Topic topic) {
        return switch (topic) {
            case REFERRAL -> "Відкрити випадок для родини, чи відмовити?";
            case DECISION -> "Відкрити випадок, і з яким рівнем підтримки?";
            case PLAN_APPROVAL -> "Затвердити план, погоджений родиною?";
            case REVIEW -> "Що показав перегляд, і що далі?";
            case OVERDUE -> "Чому робота прострочена, і яка нова дата?";
            case OVERRIDE_REVIEW -> "Чи було виправдане надання відомостей без згоди, і чи триває воно?";
            case CURATOR_CHANGE -> "Кому передати справу?";
            case CLOSURE -> "Закрити справу, з яким результатом?";
            case OTHER -> "Інше питання";
        };
    }

    private long agency(String code) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE code = ?", Long.class, code);
    }

    private long user(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private long member(long caseId, String firstName) {
        return jdbc.queryForObject("SELECT m.id FROM family_member m JOIN family_case c ON c.family_id = m.family_id"
                + " WHERE c.id = ? AND m.first_name = ?", Long.class, caseId, firstName);
    }
}
