package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.family.Family;
import org.consilium.family.FamilyMember;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a task can be given to: the members of the case's family, the agencies, and their users, each
 * read through the module that owns them. The task form offers them; a saved task's details name
 * them by id and are resolved here.
 */
@Service
@Transactional(readOnly = true)
public class PlanLookups {

    private final CaseService cases;
    private final FamilyService families;
    private final AgencyService agencies;
    private final UserAccountService accounts;

    PlanLookups(CaseService cases, FamilyService families, AgencyService agencies, UserAccountService accounts) {
        this.cases = cases;
        this.families = families;
        this.agencies = agencies;
        this.accounts = accounts;
    }

    /** For the task form: the members of the case's family, by id and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> familyMembers(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_CASE);
        Map<Long, String> out = new LinkedHashMap<>();
        members(ctx.familyId()).forEach(m -> out.put(m.getId(), m.getFullName()));
        return out;
    }

    /** For the task form: the agencies a task can be given to, social services' own first, then by name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<Agency> agencies() {
        return agencies.all().stream().sorted(Comparator.comparing(Agency::getType)).toList();
    }

    /** For the task form: the active users of an agency, by id and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> usersOf(long agencyId) {
        Map<Long, String> out = new LinkedHashMap<>();
        accounts.activeUsersOfAgency(agencyId).forEach(u -> out.put(u.id(), u.fullName()));
        return out;
    }

    /**
     * Who a task's details name, as the task's column needs them: a member of the plan's family, or an
     * agency and perhaps one of its users. An id not found is left {@code null} for the task to refuse.
     */
    TaskParties parties(long familyId, TaskDetails d) {
        if (d.getSide() == TaskSide.FAMILY) {
            FamilyMember m = d.getMemberId() == null ? null : members(familyId).stream()
                    .filter(x -> Objects.equals(x.getId(), d.getMemberId())).findFirst().orElse(null);
            return new TaskParties(m, null, null);
        }
        Agency a = d.getAgencyId() == null ? null : agencies.all().stream()
                .filter(x -> Objects.equals(x.getId(), d.getAgencyId())).findFirst().orElse(null);
        UserAccount u = d.getUserId() == null ? null : accounts.accountById(d.getUserId()).orElse(null);
        return new TaskParties(null, a, u);
    }

    private List<FamilyMember> members(long familyId) {
        return families.get(familyId).map(Family::getMembers).orElse(List.of());
    }
}
