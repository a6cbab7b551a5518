package org.consilium.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.SharingService;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's meetings, for its page, and what the form to schedule one offers. */
@Service
@Transactional(readOnly = true)
public class CaseMeetings {

    private final MeetingRepository meetings;
    private final CaseService cases;
    private final SharingService sharing;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final FamilyService families;

    CaseMeetings(MeetingRepository meetings, CaseService cases, SharingService sharing, UserAccountService accounts,
                 AgencyService agencies, FamilyService families) {
        this.meetings = meetings;
        this.cases = cases;
        this.sharing = sharing;
        this.accounts = accounts;
        this.agencies = agencies;
        this.families = families;
    }

    /** A meeting in the case's list: what, when, and how many of the invited have said they come. */
    public record Row(long id, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
                      MeetingStatus status, long accepted, long invited) {
    }

    /** The case's meetings, latest first, for those who may read the case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Row> ofCase(long caseId) {
        cases.context(caseId, CaseOperation.READ_CASE);
        return meetings.ofCase(caseId).stream().map(m -> new Row(m.getId(), m.getKind(), m.getTitle(), m.getStartsAt(),
                m.getEndsAt(), m.getStatus(), m.getParticipants().stream().filter(p -> p.getResponse() == Response.ACCEPTED).count(),
                m.getParticipants().size())).toList();
    }

    /** Whether the signed-in user may schedule the case's meetings (its curator, the team's supervisors). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public boolean maySchedule(long caseId) {
        return cases.contextsIfAllowed(List.of(caseId), CaseOperation.EDIT_CASE).values().stream()
                .anyMatch(ctx -> ctx.stage().isOpen());
    }

    /** What the form offers a supervisor calling the territorial group: the team's staff and the partner agencies. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public ScheduleOptions groupOptions() {
        UserAccount me = accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (me.getAgency() == null) {
            throw new AccessDeniedException("A supervisor without a team");
        }
        Map<Long, String> staff = new LinkedHashMap<>();
        accounts.activeUsersOfAgency(me.getAgency().getId()).stream().filter(s -> s.id() != me.getId())
                .forEach(s -> staff.put(s.id(), s.fullName()));
        return new ScheduleOptions(null, null, staff, partners(), Set.of(), Map.of());
    }

    /** Whether the signed-in user calls the territorial group: a supervisor of a team. */
    @PermitAll
    public boolean mayCallGroup() {
        return accounts.signedInAccount().filter(a -> a.getRoles().contains(AppRoles.SUPERVISOR) && a.getAgency() != null)
                .isPresent();
    }

    private Map<Long, String> partners() {
        Map<Long, String> partners = new LinkedHashMap<>();
        agencies.all().stream().filter(a -> a.getType() != AgencyType.SOCIAL_SERVICES)
                .forEach(a -> partners.put(a.getId(), a.getName()));
        return partners;
    }

    /** What the form offers for the case, for those who may schedule its meetings. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public ScheduleOptions options(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
        Map<Long, String> staff = new LinkedHashMap<>();
        accounts.activeUsersOfAgency(ctx.teamAgencyId()).forEach(s -> staff.put(s.id(), s.fullName()));
        Map<Long, String> partners = partners();
        Set<Long> takingPart = sharing.caseSharing(caseId).participants().stream()
                .map(p -> p.agencyId()).collect(Collectors.toSet());
        Map<Long, String> members = new LinkedHashMap<>();
        families.get(ctx.familyId()).orElseThrow(RecordNotFoundException::new).getMembers()
                .forEach(m -> members.put(m.getId(), m.getFullName()));
        return new ScheduleOptions(caseId, ctx.familyName(), staff, partners, takingPart, members);
    }
}
