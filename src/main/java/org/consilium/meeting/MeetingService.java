package org.consilium.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.family.FamilyMember;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling consilium meetings and answering invitations. A case conference or a closing meeting is
 * scheduled by those who may change the case (its curator, the team's supervisors); a territorial-group
 * meeting by a supervisor for their team. Everyone sees the meetings they chair or are invited to, in
 * person, through their agency, or (a family) through its members.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;
    private final CaseService cases;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final FamilyService families;
    private final Invitations invitations;
    private final EditGuard guard;
    private final Clock clock;
    private final MeetingAccess access;
    private final MeetingEvents meetingEvents;

    MeetingService(MeetingRepository meetings, CaseService cases, UserAccountService accounts, AgencyService agencies,
                   FamilyService families, Invitations invitations, EditGuard guard, Clock clock, MeetingAccess access,
                   MeetingEvents meetingEvents) {
        this.meetingEvents = meetingEvents;
        this.access = access;
        this.invitations = invitations;
        this.guard = guard;
        this.meetings = meetings;
        this.cases = cases;
        this.accounts = accounts;
        this.agencies = agencies;
        this.families = families;
        this.clock = clock;
    }

    /** Schedules a meeting and invites its participants; a refusal names its field and saves nothing. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting schedule(MeetingDetails d) {
        UserAccount me = access.me();
        if (d.getKind() == null) {
            throw BusinessException.atField(MeetingDetails.KIND, "validation.required");
        }
        Meeting.About about = about(d, me);
        Instant[] time = time(d);
        String title = d.getTitle() == null || d.getTitle().isBlank()
                ? null : d.getTitle().strip();
        if (title == null) {
            throw BusinessException.atField(MeetingDetails.TITLE, "validation.required");
        }
        if (title.length() > Meeting.TITLE_MAX) {
            throw BusinessException.atField(MeetingDetails.TITLE, "validation.maxLength", Meeting.TITLE_MAX);
        }
        Meeting m = Meeting.schedule(d.getKind(), title, time[0], time[1], d.getPlace(), d.getOnlineLink(),
                new Meeting.Organiser(me.getAgency().getId(), me.getId(), me.getFullName(), me.getUsername(), clock.instant()),
                about);
        m.invite(Participant.Kind.USER, me.getId(), me.getFullName(), me.getEmail());
        // The one who calls the meeting comes to it.
        m.getParticipants().getFirst().answer(Response.ACCEPTED, clock.instant(), me.getUsername());
        for (Long userId : d.getUserIds()) {
            UserAccount u = accounts.accountById(userId).filter(UserAccount::isEnabled)
                    .orElseThrow(() -> BusinessException.atField(MeetingDetails.PARTICIPANTS, "meeting.participant.unknown"));
            m.invite(Participant.Kind.USER, u.getId(), u.getFullName(), u.getEmail());
        }
        Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::getId, Function.identity()));
        for (Long agencyId : d.getAgencyIds()) {
            Agency a = byId.get(agencyId);
            if (a == null) {
                throw BusinessException.atField(MeetingDetails.PARTICIPANTS, "meeting.participant.unknown");
            }
            m.invite(Participant.Kind.AGENCY, a.getId(), a.getName(), null);
        }
        if (!d.getMemberIds().isEmpty()) {
            List<FamilyMember> members = about.familyId() == null ? List.of()
                    : families.get(about.familyId()).orElseThrow(RecordNotFoundException::new).getMembers();
            for (Long memberId : d.getMemberIds()) {
                FamilyMember fm = members.stream().filter(x -> x.getId().equals(memberId)).findFirst()
                        .orElseThrow(() -> BusinessException.atField(MeetingDetails.MEMBERS, "meeting.member.notInFamily"));
                m.invite(Participant.Kind.FAMILY_MEMBER, fm.getId(), fm.getFullName(), fm.getEmail());
            }
        }
        for (MeetingDetails.Guest g : d.getGuests()) {
            m.inviteGuest(g.name(), g.email());
        }
        m.requireParticipants();
        Meeting saved = meetings.saveAndFlush(m);
        invitations.invite(saved);
        meetingEvents.publish(MeetingActivity.Kind.INVITED, saved, me);
        return saved;
    }

    /** Moves the meeting to another day, time or place, at the version the organiser saw; the invited are told. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting reschedule(long meetingId, long version, MeetingDetails d) {
        Meeting m = toOrganise(meetingId, version);
        Instant[] time = time(d);
        m.reschedule(time[0], time[1], d.getPlace(), d.getOnlineLink(), clock.instant());
        Meeting saved = guard.flush(m);
        invitations.invite(saved);
        meetingEvents.publish(MeetingActivity.Kind.CHANGED, saved, access.me());
        return saved;
    }

    /** Calls the meeting off, at the version the organiser saw; the invited are told. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Meeting cancel(long meetingId, long version) {
        Meeting m = toOrganise(meetingId, version);
        m.cancel();
        Meeting saved = guard.flush(m);
        invitations.cancel(saved);
        meetingEvents.publish(MeetingActivity.Kind.CANCELLED, saved, access.me());
        return saved;
    }

    private Meeting toOrganise(long meetingId, long version) {
        UserAccount me = access.me();
        Meeting m = access.meeting(meetingId);
        if (!access.organises(m, me)) {
            throw new AccessDeniedException("Not the organiser of this meeting");
        }
        return guard.atVersion(m, version);
    }

    /**
     * The invited users (and the organiser) who already have a scheduled meeting at that time, by
     * name: a warning before scheduling, not a refusal.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<String> clashes(MeetingDetails d, Long exceptMeetingId) {
        UserAccount me = access.me();
        if (d.getDay() == null || d.getStartsAt() == null || d.getEndsAt() == null || !d.getEndsAt().isAfter(d.getStartsAt())) {
            return List.of();
        }
        Instant[] time = time(d);
        Set<Long> users = new LinkedHashSet<>(d.getUserIds());
        users.add(me.getId());
        Set<String> names = new LinkedHashSet<>();
        for (Meeting other : meetings.overlappingFor(users, time[0], time[1])) {
            if (exceptMeetingId != null && other.getId().equals(exceptMeetingId)) {
                continue;
            }
            if (users.contains(other.getChairId())) {
                names.add(other.getChairName());
            }
            other.getParticipants().stream()
                    .filter(p -> p.getKind() == Participant.Kind.USER && users.contains(p.getUserId()))
                    .forEach(p -> names.add(p.getName()));
        }
        return new ArrayList<>(names);
    }

    /** The signed-in user's meetings between two days (inclusive), with their answer. */
    @PermitAll
    public List<MyMeeting> myMeetings(LocalDate from, LocalDate to) {
        UserAccount me = access.me();
        ZoneId zone = clock.getZone();
        Long agencyId = me.getAgency() == null ? null : me.getAgency().getId();
        Long familyId = me.getFamily() == null ? null : me.getFamily().getId();
        return meetings.of(me.getId(), agencyId, familyId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).stream().map(m -> {
                    List<Participant> mine = MeetingAccess.mine(m, me);
                    Response response = mine.stream().map(Participant::getResponse).findFirst().orElse(Response.ACCEPTED);
                    return new MyMeeting(m.getId(), m.getKind(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getPlace(),
                            m.getOnlineLink(), m.getChairName(), m.getStatus(), response,
                            !mine.isEmpty() && m.getChairId() != me.getId() && m.getStatus() == MeetingStatus.SCHEDULED
                                    && !held(m));
                }).toList();
    }

    /**
     * The meeting as the user may see it: its organisers (the chair, the team's supervisors and the
     * case's social services) see everyone invited and their answers; a participant sees the meeting
     * and their own answer. Anyone else is refused.
     */
    @PermitAll
    public MeetingSheet sheet(long meetingId) {
        UserAccount me = access.me();
        Meeting m = access.meeting(meetingId);
        boolean organiser = access.organises(m, me);
        List<Participant> mine = MeetingAccess.mine(m, me);
        if (!organiser && mine.isEmpty()) {
            throw new AccessDeniedException("Not invited to this meeting");
        }
        List<MeetingSheet.Invited> invited = !organiser ? List.of() : m.getParticipants().stream()
                .map(p -> new MeetingSheet.Invited(p.getKind(), p.getName(), p.getEmail(), p.getResponse())).toList();
        return new MeetingSheet(m.getId(), m.getVersion(), m.getKind(), m.getTitle(), m.getStartsAt(), m.getEndsAt(),
                m.getPlace(), m.getOnlineLink(), m.getChairName(), m.getStatus(), organiser ? m.getCaseId() : null,
                m.getFamilyName(), invited, mine.stream().map(Participant::getResponse).findFirst().orElse(null),
                !mine.isEmpty() && m.getChairId() != me.getId() && m.getStatus() == MeetingStatus.SCHEDULED && !held(m),
                organiser, held(m));
    }

    /** A meeting not called off whose time is over. */
    private boolean held(Meeting m) {
        return m.getStatus() == MeetingStatus.SCHEDULED && m.getEndsAt().isBefore(clock.instant());
    }

    /** Answers the invitation: for oneself, one's agency, or one's family's members invited. */
    @PermitAll
    @Transactional
    public Meeting respond(long meetingId, Response response) {
        UserAccount me = access.me();
        Meeting m = access.meeting(meetingId);
        List<Participant> mine = MeetingAccess.mine(m, me);
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Not invited to this meeting");
        }
        if (m.getStatus() != MeetingStatus.SCHEDULED) {
            throw new BusinessException("meeting.notScheduled");
        }
        if (held(m)) {
            throw new BusinessException("meeting.answer.past");
        }
        if (response == null || response == Response.NEEDS_ACTION) {
            throw BusinessException.atField("response", "validation.required");
        }
        mine.forEach(p -> p.answer(response, clock.instant(), me.getUsername()));
        Meeting saved = meetings.saveAndFlush(m);
        meetingEvents.publish(MeetingActivity.Kind.RESPONDED, saved, me);
        return saved;
    }

    private Meeting.About about(MeetingDetails d, UserAccount me) {
        if (d.getKind().aboutOneCase()) {
            if (d.getCaseId() == null) {
                throw BusinessException.atField(MeetingDetails.CASE, "validation.required");
            }
            CaseContext ctx = cases.context(d.getCaseId(), CaseOperation.EDIT_CASE);
            return new Meeting.About(ctx.caseId(), ctx.familyId(), ctx.familyName());
        }
        if (!me.getRoles().contains(AppRoles.SUPERVISOR) || me.getAgency() == null) {
            throw new AccessDeniedException("Only a supervisor calls the territorial group");
        }
        return new Meeting.About(null, null, null);
    }

    private Instant[] time(MeetingDetails d) {
        if (d.getDay() == null) {
            throw BusinessException.atField(MeetingDetails.DAY, "validation.required");
        }
        if (d.getStartsAt() == null) {
            throw BusinessException.atField(MeetingDetails.STARTS, "validation.required");
        }
        if (d.getEndsAt() == null) {
            throw BusinessException.atField(MeetingDetails.ENDS, "validation.required");
        }
        ZoneId zone = clock.getZone();
        return new Instant[] {d.getDay().atTime(d.getStartsAt()).atZone(zone).toInstant(),
                d.getDay().atTime(d.getEndsAt()).atZone(zone).toInstant()};
    }

}
