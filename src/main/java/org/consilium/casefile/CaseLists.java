package org.consilium.casefile;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.family.FamilyCaseLinks;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's cases in lists and figures: the filtered case list, what is overdue, caseloads against
 * the norms, and each family's latest case for the family list. Each reads only the signed-in user's
 * team (their agency), or their own cases.
 */
@Service
@Transactional(readOnly = true)
public class CaseLists implements FamilyCaseLinks {

    private final CaseRepository cases;
    private final CaseListQuery query;
    private final CaseModelNormRepository norms;
    private final UserAccountService accounts;
    private final FamilyService families;
    private final Clock clock;

    CaseLists(CaseRepository cases, CaseListQuery query, CaseModelNormRepository norms, UserAccountService accounts, FamilyService families,
              Clock clock) {
        this.cases = cases;
        this.query = query;
        this.families = families;
        this.norms = norms;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The team's cases, filtered, a page at a time (decision 0034); sortable by the case's columns,
     * "f.name" and "u.fullName". A member's name matches from the start of the surname or first name;
     * a name that fits more than {@link FamilyService#MAX_NAMED} families is refused at the name filter.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Slice<CaseRow> page(CaseFilter filter, Pageable pageable) {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        // A member's name is the family module's to match; the list keeps the families it names.
        boolean anyFamily = filter.familyMember() == null || filter.familyMember().isBlank();
        Set<Long> named = anyFamily ? null : families.idsWithMemberNamed(filter.familyMember());
        if (named != null && named.isEmpty()) {
            return new SliceImpl<>(List.of(), pageable, false);
        }
        LocalDate today = LocalDate.now(clock);
        return query.page(me.getAgency().getId(), filter, named, today, pageable).map(r -> r.on(today));
    }

    /** The districts of the families of the team's cases, for filtering the case list. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<String> teamDistricts() {
        UserAccount me = me();
        return me.getAgency() == null ? List.of() : cases.districtsOfAgency(me.getAgency().getId());
    }

    /** Everyone who curates or curated a case of the signed-in user's team, for filtering the case list. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CuratorName> teamCurators() {
        UserAccount me = me();
        return me.getAgency() == null ? List.of() : cases.curatorsOfAgency(me.getAgency().getId());
    }

    /**
     * The latest case of each of the given families in the reader's team (intake sees where it stands
     * and who curates it, to route a new referral; curators and supervisors may open it).
     */
    @Override
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, LatestCase> latestCasesOf(Collection<Long> familyIds) {
        UserAccount me = me();
        if (me.getAgency() == null || familyIds.isEmpty()) {
            return Map.of();
        }
        boolean mayRead = me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
        Map<Long, LatestCase> latest = new HashMap<>();
        for (FamilyCase c : cases.ofFamilies(me.getAgency().getId(), familyIds)) {
            // Ordered by opening: a later case of the same family replaces an earlier one.
            latest.put(c.getFamily().getId(), new LatestCase(c.getId(), c.getStage().messageKey(), c.isOpen(),
                    c.getCurator().getFullName(), mayRead));
        }
        return latest;
    }

    /** The signed-in curator's cases whose current stage's work is overdue, the longest overdue first. */
    @RolesAllowed(AppRoles.CURATOR)
    public List<DueCase> myOverdueCases(int max) {
        return cases.overdueOfCurator(me().getId(), LocalDate.now(clock), PageRequest.of(0, max));
    }

    /** How many days ahead a curator's home lists the follow-up contacts coming due. */
    public static final int FOLLOW_UP_AHEAD_DAYS = 14;

    /**
     * The follow-up contacts of the signed-in curator's closed cases that are overdue or due within
     * {@link #FOLLOW_UP_AHEAD_DAYS} days, the earliest first, at most {@code max}.
     */
    @RolesAllowed(AppRoles.CURATOR)
    public List<DueCase> myFollowUpsDue(int max) {
        return cases.followUpsDueOfCurator(me().getId(), LocalDate.now(clock).plusDays(FOLLOW_UP_AHEAD_DAYS),
                PageRequest.of(0, max));
    }

    /**
     * The open cases of the supervisor's team whose curator can no longer work them (the account is
     * switched off, or moved to another team): they wait for a new curator.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<DueCase> teamCasesNeedingNewCurator(int max) {
        UserAccount me = me();
        return me.getAgency() == null ? List.of() : cases.withoutWorkingCurator(me.getAgency().getId(), PageRequest.of(0, max));
    }

    /** How many of the signed-in curator's cases are overdue. */
    @RolesAllowed(AppRoles.CURATOR)
    public long countMyOverdueCases() {
        return cases.countOverdueOfCurator(me().getId(), LocalDate.now(clock));
    }

    /** How many cases of the supervisor's team are overdue. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public long countTeamOverdueCases() {
        UserAccount me = me();
        return me.getAgency() == null ? 0 : cases.countOverdueOfAgency(me.getAgency().getId(), LocalDate.now(clock));
    }

    /** The signed-in curator's open cases, counted by stage. */
    @RolesAllowed(AppRoles.CURATOR)
    public Map<CaseStage, Long> myOpenCasesByStage() {
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        for (Object[] row : cases.openByStageOfCurator(me().getId())) {
            counts.put((CaseStage) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Each curator of the supervisor's team with their open cases and the strictest caseload norm
     * among the models of those cases (the norm that the curator is closest to breaking); a curator
     * without open cases is measured against the strictest norm of all.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<CuratorLoad> teamCaseloads() {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return List.of();
        }
        Map<CaseModel, Integer> normOf = new EnumMap<>(CaseModel.class);
        for (CaseModel m : CaseModel.values()) {
            normOf.put(m, norms.normOf(m));
        }
        int strictest = Collections.min(normOf.values());
        Map<Long, long[]> byCurator = new HashMap<>();
        for (Object[] row : cases.openByCuratorAndModel(me.getAgency().getId())) {
            long[] acc = byCurator.computeIfAbsent((Long) row[0], k -> new long[] {0, Integer.MAX_VALUE});
            acc[0] += (Long) row[2];
            acc[1] = Math.min(acc[1], normOf.get((CaseModel) row[1]));
        }
        return accounts.colleaguesWithRole(AppRoles.CURATOR).stream().map(c -> {
            long[] acc = byCurator.getOrDefault(c.id(), new long[] {0, strictest});
            return new CuratorLoad(c.id(), c.fullName(), acc[0], (int) acc[1]);
        }).toList();
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
