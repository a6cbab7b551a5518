package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
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
 * Scheduling meetings on MariaDB: who may call which meeting, the checks of time, participants and
 * guests (nothing saved after a refusal), the double-booking warning, and answering invitations for
 * oneself, one's agency or one's family.
 */
@MariaDbTest
class MeetingServiceTest {

    @Autowired
    MeetingService meetings;

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
    LocalDate day;

    @BeforeEach
    void aCase() {
        c = testPlans.caseInPlanning();
        day = LocalDate.now(clock).plusDays(20 + (int) (c.caseId() % 300));
    }

    private MeetingDetails conference(LocalTime from, LocalTime to) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle("Нарада щодо родини Савченко");
        d.setDay(day);
        d.setStartsAt(from);
        d.setEndsAt(to);
        d.setPlace("ЦСС, кімната 12");
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.SCHOOL).getId()));
        d.setMemberIds(Set.of(c.motherId()));
        d.setGuests(List.of(new MeetingDetails.Guest("Оксана Бондар", "oksana@example.org")));
        return d;
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Long.class);
    }

    @Test
    void the_curator_schedules_a_case_conference_and_the_school_and_the_family_answer() {
        Meeting m = signedIn.as("curator", () -> meetings.schedule(conference(LocalTime.of(10, 0), LocalTime.of(11, 0))));
        assertThat(m.getUid()).endsWith("@consilium");
        assertThat(m.getParticipants()).extracting(Participant::getKind).containsExactly(Participant.Kind.USER,
                Participant.Kind.AGENCY, Participant.Kind.FAMILY_MEMBER, Participant.Kind.GUEST);

        List<MyMeeting> school = signedIn.as("school", () -> meetings.myMeetings(day, day));
        assertThat(school).singleElement().satisfies(mine -> {
            assertThat(mine.answerable()).isTrue();
            assertThat(mine.response()).isEqualTo(Response.NEEDS_ACTION);
        });
        signedIn.as("school", () -> meetings.respond(m.getId(), Response.ACCEPTED));
        signedIn.as(c.familyUser(), () -> meetings.respond(m.getId(), Response.TENTATIVE));
        assertThat(jdbc.queryForList("SELECT kind, response FROM meeting_participant WHERE meeting_id = ? ORDER BY id",
                m.getId())).extracting(r -> r.get("kind") + ":" + r.get("response")).containsExactly(
                "USER:ACCEPTED", "AGENCY:ACCEPTED", "FAMILY_MEMBER:TENTATIVE", "GUEST:NEEDS_ACTION");
        assertThat(signedIn.as(c.familyUser(), () -> meetings.myMeetings(day, day))).singleElement()
                .extracting(MyMeeting::response).isEqualTo(Response.TENTATIVE);
    }

    @Test
    void bad_input_is_refused_at_its_field_and_nothing_is_saved() {
        long before = count();
        assertField(conference(LocalTime.of(11, 0), LocalTime.of(10, 0)), MeetingDetails.ENDS, "meeting.ends.beforeStart");
        MeetingDetails past = conference(LocalTime.of(10, 0), LocalTime.of(11, 0));
        past.setDay(LocalDate.now(clock).minusDays(1));
        assertField(past, MeetingDetails.DAY, "meeting.starts.past");
        MeetingDetails nobody = conference(LocalTime.of(10, 0), LocalTime.of(11, 0));
        nobody.setAgencyIds(Set.of());
        nobody.setMemberIds(Set.of());
        nobody.setGuests(List.of());
        assertField(nobody, MeetingDetails.PARTICIPANTS, "meeting.participants.none");
        MeetingDetails badGuest = conference(LocalTime.of(10, 0), LocalTime.of(11, 0));
        badGuest.setGuests(List.of(new MeetingDetails.Guest("Гість", "not-an-address")));
        assertField(badGuest, MeetingDetails.GUESTS, "meeting.guest.email");
        MeetingDetails badLink = conference(LocalTime.of(10, 0), LocalTime.of(11, 0));
        badLink.setOnlineLink("javascript:alert(1)");
        assertField(badLink, MeetingDetails.ONLINE_LINK, "meeting.link.invalid");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void scheduling_warns_of_participants_who_already_have_a_meeting_then() {
        long supervisorId = staff.idOf("supervisor");
        MeetingDetails first = conference(LocalTime.of(14, 0), LocalTime.of(15, 0));
        first.setUserIds(Set.of(supervisorId));
        signedIn.as("curator", () -> meetings.schedule(first));
        MeetingDetails overlapping = conference(LocalTime.of(14, 30), LocalTime.of(15, 30));
        overlapping.setUserIds(Set.of(supervisorId));
        assertThat(signedIn.as("curator", () -> meetings.clashes(overlapping, null))).contains("Андрій Мороз", "Ірина Коваль");
        MeetingDetails after = conference(LocalTime.of(15, 0), LocalTime.of(16, 0));
        after.setUserIds(Set.of(supervisorId));
        assertThat(signedIn.as("curator", () -> meetings.clashes(after, null))).isEmpty();
    }

    @Test
    void only_those_who_may_change_the_case_call_its_meeting_and_only_the_invited_answer() {
        String otherTeam = staff.createInAnotherTeam("cur.", "Інша Кураторка", AppRoles.CURATOR, "other-team-1");
        assertThatThrownBy(() -> signedIn.as(otherTeam, () -> meetings.schedule(conference(LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .isInstanceOf(AccessDeniedException.class);
        MeetingDetails group = conference(LocalTime.of(9, 0), LocalTime.of(10, 0));
        group.setKind(MeetingKind.TERRITORIAL_GROUP);
        group.setMemberIds(Set.of());
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.schedule(group))).isInstanceOf(AccessDeniedException.class);
        Meeting m = signedIn.as("supervisor", () -> meetings.schedule(group));
        assertThat(m.getCaseId()).isNull();
        assertThatThrownBy(() -> signedIn.as("police", () -> meetings.respond(m.getId(), Response.ACCEPTED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("police", () -> meetings.myMeetings(day, day))).noneMatch(x -> x.id() == m.getId());
    }

    private void assertField(MeetingDetails d, String field, String key) {
        assertThatThrownBy(() -> signedIn.as("curator", () -> meetings.schedule(d))).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).getField()).contains(field);
                    assertThat(((BusinessException) e).getMessageKey()).isEqualTo(key);
                });
    }
}
