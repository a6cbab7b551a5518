package org.consilium.casefile;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.audit.AuditLog;
import org.consilium.audit.AuditRow;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.family.Family;
import org.consilium.family.NameKeys;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.security.AppRoles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: the supervisor opens one by a decision on a verified referral, its curator moves it through
 * the stages, and it is closed, followed up and, if need be, reopened. Who may do what is checked
 * here for every call: curators edit their own cases and read their team's; supervisors decide on
 * every case of their territory (their agency); nobody else sees cases here.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseRepository cases;
    private final CaseModelNormRepository norms;
    private final StageTimeLimitRepository limits;
    private final ReferralService referrals;
    private final UserAccountService accounts;
    private final Clock clock;
    private final AuditLog audit;
    private final CaseAccess access;

    CaseService(CaseRepository cases, CaseModelNormRepository norms, StageTimeLimitRepository limits,
                ReferralService referrals, UserAccountService accounts, Clock clock,
                AuditLog audit,
                CaseAccess access) {
        this.access = access;
        this.audit = audit;
        this.cases = cases;
        this.norms = norms;
        this.limits = limits;
        this.referrals = referrals;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The outcome of a supervisor's decision on a referral: the case, and whether it was opened now or joined. */
    public record Opened(FamilyCase familyCase, boolean joinedOpenCase) {
    }

    /**
     * Decides on a verified referral. If the family already has an open case, the referral joins
     * it; otherwise a case is opened with the decision and the curator. A curator at or over the
     * model's caseload norm needs {@code overloadConfirmed}.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public Opened openFromReferral(long referralId, long referralVersion, CaseDecision decision, long curatorId,
                                   boolean overloadConfirmed) {
        UserAccount supervisor = me();
        Referral referral = referrals.get(referralId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        if (referral.getStatus() != ReferralStatus.VERIFYING) {
            throw new BusinessException("case.open.notVerified");
        }
        Family family = referral.getFamily();
        if (family == null) {
            throw BusinessException.atField("family", "referral.family.required");
        }
        Optional<FamilyCase> existing = cases.findOpenOfFamily(family.getId());
        if (existing.isPresent()) {
            FamilyCase open = existing.get();
            access.require(supervisor, open, CaseOperation.EDIT_CASE);
            open.takeReferral(referralId, referral.getUrgency());
            referrals.accept(referralId, referralVersion, family);
            return new Opened(cases.save(open), true);
        }
        decision.check();
        UserAccount curator = accounts.staffAccount(curatorId)
                .orElseThrow(() -> BusinessException.atField("curator", "case.curator.notCurator"));
        if (supervisor.getAgency() == null || curator.getAgency() == null || !supervisor.getAgency().equals(curator.getAgency())) {
            throw BusinessException.atField("curator", "case.curator.otherAgency");
        }
        CuratorLoad load = load(curator, decision.model());
        if (load.wouldExceed() && !overloadConfirmed) {
            throw BusinessException.atField("curator", "case.curator.overloaded", curator.getFullName(), load.openCases(), load.norm());
        }
        Instant now = clock.instant();
        FamilyCase opened = FamilyCase.open(family, referralId, referral.getReceivedAt(), referral.getUrgency(), decision,
                curator, now, supervisor.getUsername(), defaultDueDate(CaseStage.INITIAL_ASSESSMENT));
        referrals.accept(referralId, referralVersion, family);
        return new Opened(cases.save(opened), false);
    }

    /** The curators of the supervisor's team with their open cases against the norm of {@code model}. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<CuratorLoad> caseloads(CaseModel model) {
        int norm = norm(model);
        return accounts.colleaguesWithRole(AppRoles.CURATOR).stream()
                .map(c -> new CuratorLoad(c.id(), c.fullName(), cases.countOpenOfCurator(c.id()), norm))
                .toList();
    }

    /** The caseload norm of every model. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR})
    public List<CaseModelNorm> norms() {
        return norms.findAll().stream().sorted(Comparator.comparing(CaseModelNorm::getModel)).toList();
    }

    /** The administrator sets the caseload norm of a model. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public CaseModelNorm changeNorm(CaseModel model, int norm) {
        CaseModelNorm n = norms.findByModel(model).orElseThrow(() -> new BusinessException("error.notFound.record"));
        n.changeNorm(norm);
        return norms.saveAndFlush(n);
    }

    /** The time limit of every stage that has one, in the order of the stages. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR, AppRoles.CURATOR})
    public List<StageTimeLimit> stageTimeLimits() {
        return limits.findAll().stream().sorted(Comparator.comparing(StageTimeLimit::getStage)).toList();
    }

    /** The administrator sets how many days a case may stay in a stage before its work is due. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public StageTimeLimit changeStageTimeLimit(CaseStage stage, int days) {
        StageTimeLimit l = limits.findByStage(stage).orElseThrow(() -> new BusinessException("error.notFound.record"));
        l.changeDays(days);
        return limits.saveAndFlush(l);
    }

    /**
     * The date by which the work of {@code stage} is due if the case enters it today, from the
     * stage's time limit; empty for a stage without one.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<LocalDate> suggestedDueDate(CaseStage stage) {
        return Optional.ofNullable(defaultDueDate(stage));
    }

    private LocalDate defaultDueDate(CaseStage stage) {
        return limits.findByStage(stage).map(l -> LocalDate.now(clock).plusDays(l.getDays())).orElse(null);
    }

    private CuratorLoad load(UserAccount curator, CaseModel model) {
        return new CuratorLoad(curator.getId(), curator.getFullName(), cases.countOpenOfCurator(curator.getId()), norm(model));
    }

    private int norm(CaseModel model) {
        return norms.findByModel(model).map(CaseModelNorm::getCaseloadNorm).orElse(model.defaultNorm());
    }

    /** Moves a case to the next stage (or back), due by the stage's time limit. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase move(long caseId, long version, CaseStage target, String comment) {
        return move(caseId, version, target, comment, null);
    }

    /**
     * Moves a case to the next stage (or back, where the methodology allows), with the date by which
     * the new stage's work is due; {@code null} takes the stage's time limit.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase move(long caseId, long version, CaseStage target, String comment, LocalDate dueOn) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        if (CaseStage.isReopening(c.getStage(), target)) {
            cases.findOpenOfFamily(c.getFamily().getId()).ifPresent(other -> {
                throw new BusinessException("case.reopen.otherOpen");
            });
        }
        c.moveTo(target, clock.instant(), me.getUsername(), comment, dueOn == null ? defaultDueDate(target) : dueOn,
                LocalDate.now(clock));
        return flush(c);
    }

    /** Sets another due date for the current stage's work (for follow-up: the next contact), with the reason. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase changeDueDate(long caseId, long version, LocalDate dueOn, String reason) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        c.changeDueDate(dueOn, reason, clock.instant(), me.getUsername(), LocalDate.now(clock));
        return flush(c);
    }

    /** The supervisor's decision at the DECISION stage (level, model, criteria), moving on to in-depth assessment. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public FamilyCase decide(long caseId, long version, CaseDecision decision) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        access.require(me, c, CaseOperation.DECIDE);
        c.decide(decision, clock.instant(), me.getUsername(), defaultDueDate(CaseStage.IN_DEPTH_ASSESSMENT),
                LocalDate.now(clock));
        return flush(c);
    }

    /** Closes a case with its reason and outcome. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase close(long caseId, long version, String reason, String outcome) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        c.close(reason, outcome, clock.instant(), me.getUsername(), defaultDueDate(CaseStage.CLOSURE),
                LocalDate.now(clock));
        return flush(c);
    }

    /** The team's cases, filtered and paged; sortable by "openedAt", "stage" and "f.name". */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Page<CaseRow> page(CaseFilter filter, Pageable pageable) {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return Page.empty(pageable);
        }
        String nameKey = NameKeys.words(filter.familyMember());
        LocalDate today = LocalDate.now(clock);
        return cases.page(me.getAgency().getId(), filter.stage(), filter.level(), filter.curatorId(), filter.openOnly(),
                nameKey, filter.district() == null ? "" : filter.district().strip(), filter.urgency(),
                filter.overdueOnly(), today, pageable).map(r -> r.on(today));
    }

    /**
     * The latest case of each of the given families in the reader's team (intake sees where it stands
     * and who curates it, to route a new referral; curators and supervisors may open it).
     */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, FamilyCaseSummary> latestCasesOf(Collection<Long> familyIds) {
        UserAccount me = me();
        if (me.getAgency() == null || familyIds.isEmpty()) {
            return Map.of();
        }
        boolean mayRead = me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
        Map<Long, FamilyCaseSummary> latest = new HashMap<>();
        for (FamilyCase c : cases.ofFamilies(me.getAgency().getId(), familyIds)) {
            // Ordered by opening: a later case of the same family replaces an earlier one.
            latest.put(c.getFamily().getId(), new FamilyCaseSummary(c.getId(), c.getFamily().getId(), c.getStage(),
                    c.isOpen(), c.getCurator().getFullName(), mayRead));
        }
        return latest;
    }

    /** The signed-in curator's cases whose current stage's work is overdue, the longest overdue first. */
    @RolesAllowed(AppRoles.CURATOR)
    public List<DueCase> myOverdueCases(int max) {
        LocalDate today = LocalDate.now(clock);
        return cases.overdueOfCurator(me().getId(), today, PageRequest.of(0, max));
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

    /** The districts of the families of the team's cases, for filtering the case list. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<String> teamDistricts() {
        UserAccount me = me();
        return me.getAgency() == null ? List.of() : cases.districtsOfAgency(me.getAgency().getId());
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
            normOf.put(m, norm(m));
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

    /** The curators of the signed-in user's team, for filtering the case list. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CuratorLoad> teamCurators() {
        UserAccount me = me();
        if (me.getAgency() == null) {
            return List.of();
        }
        return cases.curatorsOfAgency(me.getAgency().getId()).stream()
                .map(u -> new CuratorLoad(u.getId(), u.getFullName(), cases.countOpenOfCurator(u.getId()), 0))
                .toList();
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

    /** A case's page for a curator or supervisor of its team; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<CaseView> view(long caseId) {
        UserAccount me = me();
        return cases.findWithPartiesById(caseId).map(c -> {
            Set<CaseOperation> allowed = access.require(me, c, CaseOperation.READ_CASE);
            access.recordOpening(c);
            boolean mayEdit = allowed.contains(CaseOperation.EDIT_CASE);
            Set<CaseStage> moves = mayEdit ? movesFor(me, c) : EnumSet.noneOf(CaseStage.class);
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            Map<String, String> names = accounts.fullNamesOf(
                    c.getTimeline().stream().map(CaseTransition::getBy).collect(Collectors.toSet()));
            return new CaseView(c.getId(), c.getVersion(), c.getFamily().getId(), c.getFamily().getName(),
                    c.getFamily().getAddress(),
                    c.getFamily().getMembers().stream().map(m -> new CaseView.Member(m.getFullName(), m.getRelation(),
                            m.getBirthDate(), m.ageOn(today))).toList(),
                    c.getCurator().getFullName(), c.getStage(), c.isOpen(), c.getSupportLevel(), c.getModel(),
                    c.getCriteria(), c.getUrgency(), c.getStageDueOn(), c.isOverdue(today),
                    c.isOverdue(today) ? ChronoUnit.DAYS.between(c.getStageDueOn(), today) : 0, c.getOpenedAt(),
                    Duration.between(c.getOpenedAt(), c.getClosedAt() == null ? now : c.getClosedAt()).toDays(),
                    c.getClosureReason(), c.getClosureOutcome(),
                    c.getTimeline().stream().map(t -> new CaseView.Move(t.getFrom(), t.getTo(), t.getAt(),
                            names.getOrDefault(t.getBy(), t.getBy()), t.getComment(), t.getDueOn(),
                            t.isDueDateChange())).toList(),
                    moves, mayEdit, c.getStage() == CaseStage.DECISION && allowed.contains(CaseOperation.DECIDE));
        });
    }

    /** The moves the user may make now: the decision is the supervisor's, the rest the curator's too. */
    private static Set<CaseStage> movesFor(UserAccount me, FamilyCase c) {
        Set<CaseStage> moves = c.getStage().allowedMoves();
        if (c.getStage() == CaseStage.DECISION) {
            // Leaving DECISION for in-depth assessment is the supervisor's decision, made with its own form.
            moves.remove(CaseStage.IN_DEPTH_ASSESSMENT);
        }
        return moves;
    }

    private FamilyCase editable(long caseId, long version, UserAccount me) {
        FamilyCase c = cases.findWithPartiesById(caseId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        access.require(me, c, CaseOperation.EDIT_CASE);
        if (c.getVersion() != version) {
            throw accounts.conflictWith(c);
        }
        return c;
    }

    /**
     * What the signed-in user may do with a case, by the access policy (empty for a case that does
     * not exist); for pages to offer only what will be allowed.
     */
    @PermitAll
    public Set<CaseOperation> myOperations(long caseId) {
        UserAccount me = me();
        return cases.findWithPartiesById(caseId).map(c -> access.allowed(me, c)).orElse(EnumSet.noneOf(CaseOperation.class));
    }

    /**
     * The case with everything the signed-in user may do with it, if the policy grants them
     * {@code needed}; otherwise the refusal is recorded and refused. For modules that keep records of
     * a case (its plan) and check access here.
     */
    @PermitAll
    public CaseContext context(long caseId, CaseOperation needed) {
        UserAccount me = me();
        FamilyCase c = cases.findWithPartiesById(caseId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        return context(c, access.require(me, c, needed));
    }

    /**
     * Of the given cases, those the signed-in user may do {@code needed} with, by id; no refusal is
     * recorded. Reads the cases and what the policy needs about them in a few queries, for lists.
     */
    @PermitAll
    public Map<Long, CaseContext> contextsIfAllowed(Collection<Long> caseIds, CaseOperation needed) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        UserAccount me = me();
        List<FamilyCase> found = cases.withPartiesAndParticipants(caseIds);
        Map<Long, Set<CaseOperation>> allowed = access.allowed(me, found);
        Map<Long, CaseContext> out = new HashMap<>();
        for (FamilyCase c : found) {
            Set<CaseOperation> ops = allowed.get(c.getId());
            if (ops.contains(needed)) {
                out.put(c.getId(), context(c, ops));
            }
        }
        return out;
    }

    /** The case of the signed-in family member's family: the open one, or else the latest. */
    @RolesAllowed(AppRoles.FAMILY)
    public Optional<Long> myFamilyCaseId() {
        UserAccount me = me();
        if (me.getFamily() == null) {
            return Optional.empty();
        }
        return cases.findOpenOfFamily(me.getFamily().getId()).map(FamilyCase::getId)
                .or(() -> cases.findLatestOfFamily(me.getFamily().getId(), PageRequest.of(0, 1)).stream().findFirst());
    }

    private static CaseContext context(FamilyCase c, Set<CaseOperation> allowed) {
        return new CaseContext(c.getId(), c.getFamily().getId(), c.getFamily().getName(), c.getStage(),
                c.getCurator().getId(), c.getCurator().getFullName(), c.getCurator().getEmail(), c.getAgency().getId(),
                c.getAgency().getName(), allowed);
    }

    /** Who opened the case's file and when, newest first, for those who may read the case. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CaseOpening> whoOpened(long caseId, int max) {
        UserAccount me = me();
        FamilyCase c = cases.findWithPartiesById(caseId).orElseThrow(() -> new BusinessException("error.notFound.record"));
        access.require(me, c, CaseOperation.READ_CASE);
        List<AuditRow> rows = audit.viewsOfCase(caseId, max);
        Map<String, String> names = accounts.fullNamesOf(
                rows.stream().map(AuditRow::username).collect(Collectors.toSet()));
        return rows.stream().map(r -> new CaseOpening(names.getOrDefault(r.username(), r.username()), r.at())).toList();
    }

    private FamilyCase flush(FamilyCase c) {
        try {
            return cases.saveAndFlush(c);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflictException(null, null);
        }
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
