package org.consilium.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseService;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.Referral;
import org.consilium.testing.MeetingTimes;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestPlans.PlanningCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings for the meeting-room tests, scheduled as the portal's users would (in the future: a meeting
 * cannot start in the past) and then under way, with their agenda, and the counts and versions the
 * tests read back.
 */
@Component
class RoomFixtures {

    static final String CONFERENCE_TITLE = "Нарада щодо родини Савченко";
    static final String GROUP_TITLE = "Територіальна група";

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final MeetingRoomService room;
    private final FamilyService families;
    private final CaseService cases;
    private final TestCases testCases;
    private final SignedIn signedIn;
    private final StaffAccounts staff;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RoomFixtures(MeetingService meetings, AgendaService agenda, MeetingRoomService room, FamilyService families,
                 CaseService cases, TestCases testCases, SignedIn signedIn, StaffAccounts staff, JdbcTemplate jdbc,
                 Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.room = room;
        this.families = families;
        this.cases = cases;
        this.testCases = testCases;
        this.signedIn = signedIn;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A meeting about one case called by its curator: the school and the police invited as agencies,
     * the mother, and the users given.
     */
    Meeting aboutCase(MeetingKind kind, PlanningCase c, Set<Long> userIds) {
        return underWay(ahead(kind, c, userIds));
    }

    /** As {@link #aboutCase}, but still ahead: scheduled five days from now. */
    Meeting ahead(MeetingKind kind, PlanningCase c, Set<Long> userIds) {
        MeetingDetails d = details(kind, CONFERENCE_TITLE);
        d.setCaseId(c.caseId());
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.SCHOOL).getId(), staff.agencyOf(AgencyType.POLICE).getId()));
        d.setMemberIds(Set.of(c.motherId()));
        d.setUserIds(userIds);
        return signedIn.as("curator", () -> meetings.schedule(d));
    }

    /**
     * The meeting, now under way: begun half an hour ago, ending in half an hour. Scheduled in the
     * future as a user would, then moved here, since who came and what was decided wait for it.
     */
    Meeting underWay(Meeting m) {
        MeetingTimes.underWay(jdbc, m.getId(), clock.instant(), Duration.ofMinutes(30));
        return m;
    }

    /** The territorial group called by the team's supervisor, with the agencies and users given. */
    Meeting territorialGroup(Set<Long> agencyIds, Set<Long> userIds) {
        MeetingDetails d = details(MeetingKind.TERRITORIAL_GROUP, GROUP_TITLE);
        d.setAgencyIds(agencyIds);
        d.setUserIds(userIds);
        return underWay(signedIn.as("supervisor", () -> meetings.schedule(d)));
    }

    private MeetingDetails details(MeetingKind kind, String title) {
        MeetingDetails d = new MeetingDetails();
        d.setKind(kind);
        d.setTitle(title);
        d.setDay(LocalDate.now(clock).plusDays(5));
        d.setStartsAt(LocalTime.of(10, 0));
        d.setEndsAt(LocalTime.of(11, 0));
        d.setPlace("ЦСС, кімната 12");
        return d;
    }

    /** Adds an item to the agenda as {@code organiser}; returns its id. */
    long item(String organiser, long meetingId, Topic topic, Long caseId, String question) {
        return signedIn.as(organiser, () -> agenda.add(meetingId, topic, caseId, question)).id();
    }

    /** A case of a new family of the given surname, with the demo curator, in initial assessment. */
    long caseOfNewFamily(String surname) {
        Family family = signedIn.as("intake", () -> {
            FamilyDetails fd = new FamilyDetails();
            fd.setMembers(List.of(
                    new MemberDetails(surname, "Марія", LocalDate.parse("1985-03-03"), Sex.FEMALE, Relation.MOTHER),
                    new MemberDetails(surname, "Данило", LocalDate.parse("2013-09-09"), Sex.MALE, Relation.CHILD)));
            return families.register(fd, true);
        });
        Referral r = testCases.verifiedReferral(family);
        long curator = staff.idOf("curator");
        return signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(), TestCases.CRISIS, curator,
                true)).familyCase().getId();
    }

    long itemVersion(long itemId) {
        return jdbc.queryForObject("SELECT version FROM meeting_agenda_item WHERE id = ?", Long.class, itemId);
    }

    long meetingVersion(long meetingId) {
        return jdbc.queryForObject("SELECT version FROM meeting WHERE id = ?", Long.class, meetingId);
    }

    /** The first participant of this kind invited to the meeting. */
    long participant(long meetingId, Participant.Kind kind) {
        return jdbc.queryForObject("SELECT MIN(id) FROM meeting_participant WHERE meeting_id = ? AND kind = ?", Long.class,
                meetingId, kind.name());
    }

    /** Marks the chair present, as the minutes need someone present before they are finalised. */
    void chairPresent(Meeting m, String chair) {
        long p = participantOfUser(m.getId(), m.getChairId());
        signedIn.as(chair, () -> room.markAttendance(m.getId(), p, Attendance.PRESENT));
    }

    /** The invitation of an agency to the meeting. */
    long participantOfAgency(long meetingId, long agencyId) {
        return jdbc.queryForObject("SELECT id FROM meeting_participant WHERE meeting_id = ? AND agency_id = ?", Long.class,
                meetingId, agencyId);
    }

    /** The invitation of a user to the meeting (the chair's own among them). */
    long participantOfUser(long meetingId, long userId) {
        return jdbc.queryForObject("SELECT id FROM meeting_participant WHERE meeting_id = ? AND user_id = ?", Long.class,
                meetingId, userId);
    }

    /** How many decisions are recorded on the item. */
    long decisionsOn(long itemId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meeting_decision WHERE agenda_item_id = ?", Long.class, itemId);
    }
}
