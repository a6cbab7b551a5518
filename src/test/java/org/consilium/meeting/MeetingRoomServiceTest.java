package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting room on MariaDB: attendance and guests, the secretary, minutes per item at the version
 * seen, the family's view first at a closing meeting, inconsistencies settled by their owner, and
 * minutes finalised by the secretary (or the chair) after which only addenda are taken. Nobody but the
 * chair, the secretary and the team's supervisors writes.
 */
@MariaDbTest
class MeetingRoomServiceTest {

    @Autowired
    MeetingRoomService room;

    @Autowired
    MeetingDecisions decisions;

    @Autowired
    MinutesReader reader;

    @Autowired
    RoomFixtures fixtures;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    PlanningCase c;
    String secretary;
    long secretaryId;
    Meeting conference;
    long id;
    long item;

    @BeforeEach
    void aCaseConferenceWithAnItem() {
        c = testPlans.caseInPlanning();
        // Account ids past the boxes Java caches (up to 127), as in a portal with many users: an id
        // compared as a boxed Long by identity would fail here as it would there.
        jdbc.execute("ALTER TABLE user_account AUTO_INCREMENT = 1000");
        secretary = staff.createBeside("curator", "sec.", "Оксана Секретар", AppRoles.CURATOR, "secretary-pass-1");
        secretaryId = staff.idOf(secretary);
        conference = fixtures.aboutCase(MeetingKind.CASE_CONFERENCE, c, Set.of(secretaryId));
        id = conference.getId();
        item = fixtures.item("curator", id, Topic.REVIEW, c.caseId(), "Як Ігор відвідує школу?");
    }

    @Test
    void before_the_meeting_begins_only_the_minutes_and_summaries_are_prepared() {
        Meeting ahead = fixtures.ahead(MeetingKind.CASE_CONFERENCE, c, Set.of());
        long later = ahead.getId();
        long question = fixtures.item("curator", later, Topic.REVIEW, c.caseId(), "Що далі?");
        long school = fixtures.participantOfAgency(later, staff.agencyOf(AgencyType.SCHOOL).getId());
        signedIn.as("curator", () -> room.writeMinutes(question, fixtures.itemVersion(question), "Підготовка: звіт школи"));
        signedIn.as("curator", () -> room.share(question, fixtures.itemVersion(question), "Стислий виклад"));

        refused(() -> signedIn.as("curator", () -> {
            room.markAttendance(later, school, Attendance.PRESENT);
            return null;
        }), "meeting.room.notBegun");
        refused(() -> signedIn.as("curator", () -> {
            room.addGuest(later, "Гість", null);
            return null;
        }), "meeting.room.notBegun");
        DecisionDetails note = new DecisionDetails();
        note.setKind(DecisionKind.NOTE);
        note.setText("Рішення наперед");
        refused(() -> signedIn.as("curator", () -> decisions.decide(question, note)), "meeting.room.notBegun");
        refused(() -> signedIn.as("curator", () -> room.recordInconsistency(question, "Розбіжність",
                staff.agencyOf(AgencyType.SCHOOL).getId(), LocalDate.now(clock).plusDays(3))), "meeting.room.notBegun");
        refused(() -> signedIn.as("curator", () -> room.finalise(later, fixtures.meetingVersion(later))),
                "meeting.room.notBegun");

        fixtures.underWay(ahead);
        signedIn.as("curator", () -> {
            room.markAttendance(later, school, Attendance.PRESENT);
            return decisions.decide(question, note);
        });
        assertThat(attendanceOf(school)).isEqualTo("PRESENT");
    }

    @Test
    void the_chair_marks_who_came_and_adds_guests_who_came_unasked() {
        long school = fixtures.participantOfAgency(id, staff.agencyOf(AgencyType.SCHOOL).getId());
        long mother = fixtures.participant(id, Participant.Kind.FAMILY_MEMBER);
        signedIn.as("curator", () -> room.markAttendance(id, school, Attendance.PRESENT));
        signedIn.as("curator", () -> room.markAttendance(id, mother, Attendance.EXCUSED));
        signedIn.as("supervisor", () -> room.addGuest(id, "Петро Іваненко", "petro@example.org"));
        signedIn.as("curator", () -> room.addGuest(id, "Ганна Левчук", " "));

        assertThat(attendanceOf(school)).isEqualTo("PRESENT");
        assertThat(attendanceOf(mother)).isEqualTo("EXCUSED");
        assertThat(guests()).containsExactly("Петро Іваненко <petro@example.org>: PRESENT", "Ганна Левчук <null>: PRESENT");

        refusedAt(() -> signedIn.as("curator", () -> room.addGuest(id, "Гість", "not-an-address")),
                Meeting.GUEST_EMAIL, "meeting.guest.email");
        refusedAt(() -> signedIn.as("curator", () -> room.addGuest(id, "  ", "guest@example.org")),
                Meeting.GUEST_NAME, "validation.required");
        refusedAt(() -> signedIn.as("curator", () -> room.markAttendance(id, school, null)), "attendance", "validation.required");
        assertThat(guests()).hasSize(2);
        assertThat(attendanceOf(school)).isEqualTo("PRESENT");
    }

    @Test
    void only_the_chair_the_secretary_and_the_teams_supervisors_keep_the_minutes() {
        long school = fixtures.participantOfAgency(id, staff.agencyOf(AgencyType.SCHOOL).getId());
        String otherSupervisor = staff.createInAnotherTeam("sup.", "Інший Керівник", AppRoles.SUPERVISOR, "other-team-1");
        for (String outsider : List.of("police", "school", secretary, otherSupervisor)) {
            assertThatThrownBy(() -> signedIn.as(outsider, () -> room.markAttendance(id, school, Attendance.PRESENT)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(outsider, () -> room.addGuest(id, "Гість", "guest@example.org")))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(outsider, () -> room.writeMinutes(item, fixtures.itemVersion(item), "x")))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(attendanceOf(school)).isNull();
        assertThat(guests()).isEmpty();

        refusedAt(() -> signedIn.as("curator", () -> room.appointSecretary(id, fixtures.meetingVersion(id),
                staff.idOf("supervisor"))), Meeting.SECRETARY, "meeting.secretary.notInvited");
        signedIn.as("curator", () -> room.appointSecretary(id, fixtures.meetingVersion(id), secretaryId));
        signedIn.as(secretary, () -> room.markAttendance(id, school, Attendance.PRESENT));
        assertThat(attendanceOf(school)).isEqualTo("PRESENT");
    }

    @Test
    void minutes_are_saved_per_item_and_a_stale_version_is_refused_naming_who_saved() {
        long seen = fixtures.itemVersion(item);
        AgendaItem saved = signedIn.as("curator", () -> room.writeMinutes(item, seen, "Ігор пропустив два дні за місяць"));
        assertThat(saved.getMinutes()).isEqualTo("Ігор пропустив два дні за місяць");
        assertThat(fixtures.itemVersion(item)).isGreaterThan(seen);

        signedIn.as("curator", () -> room.appointSecretary(id, fixtures.meetingVersion(id), secretaryId));
        signedIn.as(secretary, () -> room.writeMinutes(item, fixtures.itemVersion(item), "Школа підтверджує два пропуски"));

        assertThatThrownBy(() -> signedIn.as("supervisor", () -> room.writeMinutes(item, seen, "Написане на старій версії")))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.getChangedBy()).isEqualTo("Оксана Секретар"));
        assertThat(minutesOf(item)).isEqualTo("Школа підтверджує два пропуски");
    }

    @Test
    void the_secretary_finalises_and_then_only_addenda_are_taken() {
        refused(() -> signedIn.as("curator", () -> room.addAddendum(id, "Уточнення")), "meeting.addendum.notFinal");
        refused(() -> signedIn.as("curator", () -> room.finalise(id, fixtures.meetingVersion(id))),
                "meeting.minutes.noAttendance");

        fixtures.chairPresent(conference, "curator");
        signedIn.as("curator", () -> room.appointSecretary(id, fixtures.meetingVersion(id), secretaryId));
        refused(() -> signedIn.as("supervisor", () -> room.finalise(id, fixtures.meetingVersion(id))),
                "meeting.minutes.onlySecretary");
        refused(() -> signedIn.as("curator", () -> room.finalise(id, fixtures.meetingVersion(id))),
                "meeting.minutes.onlySecretary");
        assertThat(finalisedAt(id)).isNull();

        Meeting done = signedIn.as(secretary, () -> room.finalise(id, fixtures.meetingVersion(id)));
        assertThat(done.isFinalised()).isTrue();

        long school = fixtures.participantOfAgency(id, staff.agencyOf(AgencyType.SCHOOL).getId());
        DecisionDetails note = new DecisionDetails();
        note.setKind(DecisionKind.NOTE);
        note.setText("Продовжити супровід");
        List<ThrowingCallable> changes = List.of(
                () -> signedIn.as("curator", () -> room.writeMinutes(item, fixtures.itemVersion(item), "Пізніше")),
                () -> signedIn.as("curator", () -> room.markAttendance(id, school, Attendance.PRESENT)),
                () -> signedIn.as("supervisor", () -> room.addGuest(id, "Гість", null)),
                () -> signedIn.as("curator", () -> room.share(item, fixtures.itemVersion(item), "Підсумок")),
                () -> signedIn.as("curator", () -> room.recordInconsistency(item, "Розбіжність",
                        staff.agencyOf(AgencyType.SCHOOL).getId(), LocalDate.now(clock).plusDays(7))),
                () -> signedIn.as("supervisor", () -> decisions.decide(item, note)),
                () -> signedIn.as(secretary, () -> room.finalise(id, fixtures.meetingVersion(id))));
        for (ThrowingCallable change : changes) {
            refused(change, "meeting.minutes.final");
        }
        assertThat(minutesOf(item)).isNull();
        assertThat(attendanceOf(school)).isNull();
        assertThat(fixtures.decisionsOn(item)).isZero();

        signedIn.as("supervisor", () -> room.addAddendum(id, "Уточнення: школа надіслала довідку 12-го"));
        Minutes read = signedIn.as("curator", () -> reader.minutes(id));
        assertThat(read.finalised()).isTrue();
        assertThat(read.mayWrite()).isFalse();
        assertThat(read.addenda()).extracting(Minutes.Addendum::text, Minutes.Addendum::byName)
                .containsExactly(tuple("Уточнення: школа надіслала довідку 12-го", "Андрій Мороз"));
    }

    @Test
    void at_a_closing_meeting_the_family_speaks_first_and_the_chair_finalises_without_a_secretary() {
        Meeting closing = fixtures.aboutCase(MeetingKind.CLOSING, c, Set.of());
        long closingItem = fixtures.item("curator", closing.getId(), Topic.CLOSURE, c.caseId(), "Завершити випадок?");
        DecisionDetails note = new DecisionDetails();
        note.setKind(DecisionKind.NOTE);
        note.setText("Родина впоралася");

        refused(() -> signedIn.as("curator", () -> room.writeMinutes(closingItem, fixtures.itemVersion(closingItem), "Підсумки")),
                "meeting.familyView.first");
        refused(() -> signedIn.as("curator", () -> decisions.decide(closingItem, note)), "meeting.familyView.first");
        refused(() -> signedIn.as("curator", () -> room.recordInconsistency(closingItem, "Розбіжність",
                staff.agencyOf(AgencyType.SCHOOL).getId(), LocalDate.now(clock).plusDays(7))), "meeting.familyView.first");
        refusedAt(() -> signedIn.as("curator", () -> room.recordFamilyView(closing.getId(),
                fixtures.meetingVersion(closing.getId()), "  ")), Meeting.FAMILY_VIEW, "validation.required");
        assertThat(fixtures.decisionsOn(closingItem)).isZero();

        Meeting heard = signedIn.as("curator", () -> room.recordFamilyView(closing.getId(),
                fixtures.meetingVersion(closing.getId()), "Мама: тепер Ігор ходить до школи щодня"));
        assertThat(heard.getFamilyView()).isEqualTo("Мама: тепер Ігор ходить до школи щодня");
        signedIn.as("curator", () -> room.writeMinutes(closingItem, fixtures.itemVersion(closingItem), "Підсумки етапів"));
        signedIn.as("curator", () -> decisions.decide(closingItem, note));
        assertThat(minutesOf(closingItem)).isEqualTo("Підсумки етапів");
        assertThat(fixtures.decisionsOn(closingItem)).isEqualTo(1);

        fixtures.chairPresent(closing, "curator");
        Meeting done = signedIn.as("curator", () -> room.finalise(closing.getId(), fixtures.meetingVersion(closing.getId())));
        assertThat(done.isFinalised()).isTrue();
    }

    @Test
    void the_familys_view_is_only_for_a_closing_meeting() {
        refused(() -> signedIn.as("curator", () -> room.recordFamilyView(id, fixtures.meetingVersion(id), "Наша думка")),
                "meeting.familyView.onlyClosing");
        assertThat(jdbc.queryForObject("SELECT family_view FROM meeting WHERE id = ?", String.class, id)).isNull();
    }

    @Test
    void an_inconsistency_has_an_owner_and_a_due_date_and_is_settled_once_by_the_owner() {
        long schoolAgency = staff.agencyOf(AgencyType.SCHOOL).getId();
        LocalDate today = LocalDate.now(clock);
        refusedAt(() -> signedIn.as("curator", () -> room.recordInconsistency(item, "Розбіжність у пропусках", schoolAgency,
                today.minusDays(1))), Inconsistency.DUE_ON, "meeting.inconsistency.dueOn.past");
        refusedAt(() -> signedIn.as("curator", () -> room.recordInconsistency(item, "Розбіжність у пропусках", null,
                today.plusDays(7))), Inconsistency.OWNER, "validation.required");
        refusedAt(() -> signedIn.as("curator", () -> room.recordInconsistency(item, "Розбіжність у пропусках", -1L,
                today.plusDays(7))), Inconsistency.OWNER, "validation.required");
        refusedAt(() -> signedIn.as("curator", () -> room.recordInconsistency(item, " ", schoolAgency, today.plusDays(7))),
                Inconsistency.DESCRIPTION, "validation.required");
        assertThatThrownBy(() -> signedIn.as("police", () -> room.recordInconsistency(item, "Розбіжність", schoolAgency,
                today.plusDays(7)))).isInstanceOf(AccessDeniedException.class);
        assertThat(inconsistencies()).isZero();

        Inconsistency recorded = signedIn.as("curator", () -> room.recordInconsistency(item,
                "Школа фіксує два пропуски, поліція — п’ять", schoolAgency, today.plusDays(7)));
        assertThat(recorded.getOwnerAgencyId()).isEqualTo(schoolAgency);
        assertThat(recorded.getDueOn()).isEqualTo(today.plusDays(7));
        assertThat(recorded.getCaseId()).isEqualTo(c.caseId());
        long iid = recorded.getId();

        for (String notTheOwner : List.of("police", c.familyUser())) {
            assertThatThrownBy(() -> signedIn.as(notTheOwner, () -> room.settle(iid, inconsistencyVersion(iid), "Звірили")))
                    .as(notTheOwner).isInstanceOf(AccessDeniedException.class);
        }
        Inconsistency settled = signedIn.as("school", () -> room.settle(iid, inconsistencyVersion(iid),
                "Звірили журнали: три пропуски"));
        assertThat(settled.getSettledAt()).isNotNull();
        assertThat(settled.getSettlement()).isEqualTo("Звірили журнали: три пропуски");
        refused(() -> signedIn.as("school", () -> room.settle(iid, inconsistencyVersion(iid), "Ще раз")),
                "meeting.inconsistency.settled");
        refused(() -> signedIn.as("curator", () -> room.settle(iid, inconsistencyVersion(iid), "Ще раз")),
                "meeting.inconsistency.settled");
        assertThat(jdbc.queryForObject("SELECT settlement FROM meeting_inconsistency WHERE id = ?", String.class, iid))
                .isEqualTo("Звірили журнали: три пропуски");
    }

    private String attendanceOf(long participantId) {
        return jdbc.queryForObject("SELECT attendance FROM meeting_participant WHERE id = ?", String.class, participantId);
    }

    private List<String> guests() {
        return jdbc.queryForList("SELECT name, email, attendance FROM meeting_participant WHERE meeting_id = ? AND kind = 'GUEST'"
                + " ORDER BY id", id).stream().map((Map<String, Object> r) -> r.get("name") + " <" + r.get("email") + ">: "
                + r.get("attendance")).toList();
    }

    private String minutesOf(long itemId) {
        return jdbc.queryForObject("SELECT minutes FROM meeting_agenda_item WHERE id = ?", String.class, itemId);
    }

    private Object finalisedAt(long meetingId) {
        return jdbc.queryForObject("SELECT finalised_at FROM meeting WHERE id = ?", Object.class, meetingId);
    }

    private long inconsistencies() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_inconsistency WHERE meeting_id = ?", Long.class, id);
    }

    private long inconsistencyVersion(long inconsistencyId) {
        return jdbc.queryForObject("SELECT version FROM meeting_inconsistency WHERE id = ?", Long.class, inconsistencyId);
    }

    static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    static void refusedAt(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).hasValue(field);
        });
    }
}
