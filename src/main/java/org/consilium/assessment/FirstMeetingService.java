package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consilium.account.UserAccount;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.base.StaffNames;
import org.consilium.casefile.CaseContext;
import org.consilium.security.AppRoles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's first meeting with the family: read by social-services staff of the case (the reading is
 * kept in the audit log), recorded and corrected by its curator or the team's supervisors while the
 * case is open (decision 0024). Its read model serves the rest of the assessment too.
 */
@Service
@Transactional(readOnly = true)
public class FirstMeetingService {

    /** How the audit log names a first meeting. */
    static final String ENTITY = "first-meeting";

    private final AssessmentAccess access;
    private final FirstMeetingRepository meetings;
    private final CooperationMembers members;
    private final EditGuard guard;
    private final StaffNames names;
    private final Clock clock;

    FirstMeetingService(AssessmentAccess access, FirstMeetingRepository meetings, CooperationMembers members,
                        EditGuard guard, StaffNames names, Clock clock) {
        this.access = access;
        this.meetings = meetings;
        this.members = members;
        this.guard = guard;
        this.names = names;
        this.clock = clock;
    }

    /** The case's first meeting, if recorded; the reading is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<FirstMeetingSheet> firstMeeting(long caseId) {
        CaseContext ctx = access.toRead(caseId);
        Optional<FirstMeeting> found = meetings.findByCaseId(caseId);
        found.ifPresent(m -> access.recordViewed(ctx, ENTITY, m.getId()));
        return found.map(this::sheet);
    }

    /**
     * Whether the signed-in user may record or correct the case's first meeting: its curator or a
     * supervisor of its team, while the case is open. For screens; the writes check again.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public boolean mayWrite(long caseId) {
        CaseContext ctx = access.toRead(caseId);
        return AssessmentAccess.writable(ctx);
    }

    /** The members of the case's family, to choose who took part. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CooperationMember> familyMembers(long caseId) {
        return members.of(access.toWrite(caseId).familyId());
    }

    /** Records the case's first meeting; refused if one is recorded already (it is corrected instead). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FirstMeeting record(long caseId, FirstMeetingDetails details) {
        UserAccount me = access.me();
        CaseContext ctx = writable(caseId);
        if (meetings.findByCaseId(caseId).isPresent()) {
            throw new BusinessException("assessment.firstMeeting.exists");
        }
        FirstMeeting m = FirstMeeting.record(caseId, ctx.familyId(), details, members.of(ctx.familyId()),
                LocalDate.now(clock), clock.instant(), me.getUsername());
        try {
            return meetings.saveAndFlush(m);
        } catch (DataIntegrityViolationException e) {
            // Someone recorded the case's first meeting between the check above and this insert.
            throw new EditConflictException(null, null);
        }
    }

    /** Corrects the case's first meeting, if it is still at the version the user opened. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FirstMeeting change(long caseId, long version, FirstMeetingDetails details) {
        CaseContext ctx = writable(caseId);
        FirstMeeting m = guard.atVersion(meetings.findByCaseId(caseId).orElseThrow(RecordNotFoundException::new), version);
        m.describe(details, members.of(ctx.familyId()), LocalDate.now(clock));
        return guard.flush(m);
    }

    private CaseContext writable(long caseId) {
        return access.toWriteWhileOpen(caseId, "case.closed");
    }

    private FirstMeetingSheet sheet(FirstMeeting m) {
        boolean changed = m.getVersion() > 0;
        return new FirstMeetingSheet(m.getId(), m.getVersion(), m.getCaseId(), m.getMetOn(), m.getPlace(),
                m.getMembers().stream().map(FirstMeetingMember::getFullName).toList(),
                m.getMembers().stream().map(FirstMeetingMember::getMemberId).toList(), m.getOtherParticipants(),
                m.getNeeds(), FirstMeeting.namedNeeds(m.getNeeds()), m.getMotivation(), m.getMotivationNote(),
                m.getRecordedAt(), names.fullName(m.getRecordedBy()), changed ? m.getUpdatedAt() : null,
                changed && m.getUpdatedBy() != null ? names.fullName(m.getUpdatedBy()) : null);
    }
}
