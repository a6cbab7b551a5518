package org.consilium.meeting;

import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a meeting (decision 0022): its organisers (the chair, the team's supervisors,
 * and for a meeting on one case those who may change the case) see everyone invited; the minutes are
 * written by the chair, the secretary and the team's supervisors; a participant is invited in person,
 * through their agency, or (a family) through its members.
 */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final CaseService cases;
    private final UserAccountService accounts;
    private final MeetingEvents meetingEvents;

    MeetingAccess(MeetingRepository meetings, CaseService cases, UserAccountService accounts, MeetingEvents meetingEvents) {
        this.meetingEvents = meetingEvents;
        this.meetings = meetings;
        this.cases = cases;
        this.accounts = accounts;
    }

    UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    Meeting meeting(long meetingId) {
        return meetings.findWithParticipantsById(meetingId).orElseThrow(RecordNotFoundException::new);
    }

    /** The chair, a supervisor of the team, or someone who may change the meeting's case. */
    boolean organises(Meeting m, UserAccount me) {
        if (m.getChairId() == me.getId()) {
            return true;
        }
        if (!teamStaff(m, me)) {
            return false;
        }
        return me.getRoles().contains(AppRoles.SUPERVISOR) || m.getCaseId() != null
                && !cases.contextsIfAllowed(List.of(m.getCaseId()), CaseOperation.EDIT_CASE).isEmpty();
    }

    /** The chair, the secretary, or a supervisor of the team: they write the minutes and record decisions. */
    boolean writes(Meeting m, UserAccount me) {
        return m.getChairId() == me.getId() || me.getId().equals(m.getSecretaryId())
                || teamStaff(m, me) && me.getRoles().contains(AppRoles.SUPERVISOR);
    }

    /** The meeting, if the user writes its minutes; otherwise refused. */
    Meeting toWrite(long meetingId, UserAccount me) {
        Meeting m = meeting(meetingId);
        if (!writes(m, me)) {
            throw new AccessDeniedException("Does not keep the minutes of this meeting");
        }
        return m;
    }

    /**
     * The meeting, if the user writes its minutes, for a change of its record; the room is told after
     * the commit (and never, if the change is refused after all).
     */
    Meeting toChange(long meetingId, UserAccount me) {
        Meeting m = toWrite(meetingId, me);
        meetingEvents.publish(MeetingActivity.Kind.ROOM, m, me);
        return m;
    }

    private static boolean teamStaff(Meeting m, UserAccount me) {
        boolean socialServices = me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
        return socialServices && me.getAgency() != null && me.getAgency().getId() == m.getTeamAgencyId();
    }

    /** The invitations the user answers: their own, their agency's, or their family's members'. */
    static List<Participant> mine(Meeting m, UserAccount me) {
        Long agencyId = me.getAgency() == null ? null : me.getAgency().getId();
        boolean family = me.getFamily() != null && me.getFamily().getId().equals(m.getFamilyId());
        return m.getParticipants().stream().filter(p -> switch (p.getKind()) {
            case USER -> p.getUserId().equals(me.getId());
            case AGENCY -> agencyId != null && agencyId.equals(p.getAgencyId());
            case FAMILY_MEMBER -> family;
            case GUEST -> false;
        }).toList();
    }
}
