package org.consilium.casefile;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.family.Family;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a case: the supervisor opens one by a decision on a verified referral, its curator moves
 * it through the stages, and it is closed, followed up and, if need be, reopened. Other modules ask
 * here what a user may do with a case. Who may do what is checked for every call: curators edit their
 * own cases and read their team's; supervisors decide on every case of their territory (their agency).
 * The case page reads through {@link CaseSheets}, lists through {@link CaseLists}.
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
    private final CaseAccess access;
    private final EditGuard guard;

    private final CaseEvents caseEvents;
    private final FollowUpStepRepository followUpSteps;

    CaseService(CaseRepository cases, CaseModelNormRepository norms, StageTimeLimitRepository limits,
                ReferralService referrals, UserAccountService accounts, Clock clock, CaseAccess access, EditGuard guard,
                CaseEvents caseEvents, FollowUpStepRepository followUpSteps) {
        this.followUpSteps = followUpSteps;
        this.caseEvents = caseEvents;
        this.cases = cases;
        this.norms = norms;
        this.limits = limits;
        this.referrals = referrals;
        this.accounts = accounts;
        this.clock = clock;
        this.access = access;
        this.guard = guard;
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
        Referral referral = referrals.get(referralId).orElseThrow(() -> new RecordNotFoundException());
        if (referral.getStatus() != ReferralStatus.VERIFIED) {
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
            FamilyCase joined = cases.save(open);
            caseEvents.publish(CaseActivity.Kind.MOVED, joined, supervisor);
            return new Opened(joined, true);
        }
        decision.check();
        UserAccount curator = accounts.staffAccount(curatorId)
                .orElseThrow(() -> BusinessException.atField(CaseDecision.CURATOR, "case.curator.notCurator"));
        if (supervisor.getAgency() == null || curator.getAgency() == null || !supervisor.getAgency().equals(curator.getAgency())) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.otherAgency");
        }
        CuratorLoad load = new CuratorLoad(curator.getId(), curator.getFullName(), cases.countOpenOfCurator(curator.getId()),
                norms.normOf(decision.model()));
        if (load.wouldExceed() && !overloadConfirmed) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.overloaded", curator.getFullName(),
                    load.openCases(), load.norm());
        }
        Instant now = clock.instant();
        FamilyCase opened = FamilyCase.open(family, referralId, referral.getReceivedAt(), referral.getUrgency(), decision,
                curator, now, supervisor.getUsername(), dueDate(CaseStage.INITIAL_ASSESSMENT));
        referrals.accept(referralId, referralVersion, family);
        FamilyCase saved = cases.save(opened);
        caseEvents.publish(CaseActivity.Kind.OPENED, saved, supervisor);
        return new Opened(saved, false);
    }

    /** The curators of the supervisor's team with their open cases against the norm of {@code model}, to choose from. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<CuratorLoad> caseloads(CaseModel model) {
        int norm = norms.normOf(model);
        return accounts.colleaguesWithRole(AppRoles.CURATOR).stream()
                .map(c -> new CuratorLoad(c.id(), c.fullName(), cases.countOpenOfCurator(c.id()), norm))
                .toList();
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
        c.moveTo(target, clock.instant(), me.getUsername(), comment, dueOn == null ? dueDate(target) : dueOn,
                LocalDate.now(clock));
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.MOVED, c, me);
        return c;
    }

    /** Sets another due date for the current stage's work (for follow-up: the next contact), with the reason. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase changeDueDate(long caseId, long version, LocalDate dueOn, String reason) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        c.changeDueDate(dueOn, reason, clock.instant(), me.getUsername(), LocalDate.now(clock));
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.DUE_CHANGED, c, me);
        return c;
    }

    /** The supervisor's decision at the DECISION stage (level, model, criteria), moving on to in-depth assessment. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public FamilyCase decide(long caseId, long version, CaseDecision decision) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        access.require(me, c, CaseOperation.DECIDE);
        c.decide(decision, clock.instant(), me.getUsername(), dueDate(CaseStage.IN_DEPTH_ASSESSMENT),
                LocalDate.now(clock));
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.DECIDED, c, me);
        return c;
    }

    /**
     * Hands an open case to another curator of the team, as the territorial group decides: the new
     * curator's open cases are checked against the norm of the case's model, as when a case is opened,
     * and a curator at or over it needs {@code overloadConfirmed}.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public FamilyCase changeCurator(long caseId, long version, long curatorId, boolean overloadConfirmed) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        if (!c.isOpen()) {
            throw new BusinessException("case.closed");
        }
        UserAccount curator = accounts.staffAccount(curatorId)
                .orElseThrow(() -> BusinessException.atField(CaseDecision.CURATOR, "case.curator.notCurator"));
        if (curator.getAgency() == null || !curator.getAgency().equals(c.getAgency())) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.otherAgency");
        }
        if (curator.getId().equals(c.getCurator().getId())) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.same", curator.getFullName());
        }
        CuratorLoad load = new CuratorLoad(curator.getId(), curator.getFullName(), cases.countOpenOfCurator(curator.getId()),
                norms.normOf(c.getModel()));
        if (load.wouldExceed() && !overloadConfirmed) {
            throw BusinessException.atField(CaseDecision.CURATOR, "case.curator.overloaded", curator.getFullName(),
                    load.openCases(), load.norm());
        }
        long former = c.getCurator().getId();
        c.assignCurator(curator);
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.CURATOR_CHANGED, c, me, former, null);
        return c;
    }

    /** The version of the case as it is now, for a change decided elsewhere (at a meeting) on its current state. */
    @PermitAll
    public long currentVersion(long caseId) {
        FamilyCase c = theCase(caseId);
        access.require(me(), c, CaseOperation.READ_CASE);
        return c.getVersion();
    }

    /**
     * Closes a case with a reason from the list (in words for "other") and its outcome, and plans the
     * follow-up contacts by the administrator's schedule.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase close(long caseId, long version, ClosureDetails closure) {
        UserAccount me = me();
        FamilyCase c = editable(caseId, version, me);
        c.close(closure.getClosureReason(), closure.getClosureNote(), closure.getClosureOutcome(), clock.instant(),
                me.getUsername(), followUpSteps.months(), LocalDate.now(clock));
        guard.flush(c);
        caseEvents.publish(CaseActivity.Kind.CLOSED, c, me);
        return c;
    }

    /**
     * Records a planned follow-up contact of a closed case, at the version the curator opened it; with
     * {@code reopen}, the case is reopened for a new assessment, if the family has no other open case.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public FamilyCase recordFollowUp(long caseId, long followUpId, long followUpVersion, FollowUpDetails details) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.EDIT_CASE);
        FollowUp f = c.getFollowUps().stream().filter(x -> x.getId().equals(followUpId)).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        guard.atVersion(f, followUpVersion);
        if (details.isReopen()) {
            cases.findOpenOfFamily(c.getFamily().getId()).ifPresent(other -> {
                throw new BusinessException("case.reopen.otherOpen");
            });
        }
        c.recordFollowUp(f, details, clock.instant(), me.getUsername(), LocalDate.now(clock), clock.getZone(),
                dueDate(CaseStage.IN_DEPTH_ASSESSMENT));
        guard.flush(f);
        caseEvents.publish(details.isReopen() ? CaseActivity.Kind.MOVED : CaseActivity.Kind.DUE_CHANGED, c, me);
        return c;
    }

    /**
     * The case with everything the signed-in user may do with it, if the policy grants them
     * {@code needed}; otherwise the refusal is recorded and refused. For modules that keep records of
     * a case (its plan) and check access here.
     */
    @PermitAll
    public CaseContext context(long caseId, CaseOperation needed) {
        UserAccount me = me();
        FamilyCase c = theCase(caseId);
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
            Set<CaseOperation> ops = allowed.getOrDefault(c.getId(), EnumSet.noneOf(CaseOperation.class));
            if (ops.contains(needed)) {
                out.put(c.getId(), context(c, ops));
            }
        }
        return out;
    }

    /**
     * Which of the given accounts may read the case in some way now (its record, what is shared with
     * their agency, or the family's view), by account id. For telling people of a change after it
     * committed, when nobody is signed in: no role is checked and no refusal recorded.
     */
    @Transactional(readOnly = true)
    public Set<Long> readersAmong(long caseId, Collection<UserAccount> accounts) {
        FamilyCase c = theCase(caseId);
        Set<Long> out = new HashSet<>();
        for (UserAccount a : accounts) {
            Set<CaseOperation> ops = access.allowed(a, c);
            if (ops.contains(CaseOperation.READ_CASE) || ops.contains(CaseOperation.READ_SHARED)
                    || ops.contains(CaseOperation.READ_FAMILY_VIEW)) {
                out.add(a.getId());
            }
        }
        return out;
    }

    /**
     * The case's facts, with nothing allowed, for work the application does on its own (a scheduled
     * check of overdue work) and tells only those the case's policy lets read it.
     */
    @Transactional(readOnly = true)
    public CaseContext factsForSystem(long caseId) {
        return context(theCase(caseId), EnumSet.noneOf(CaseOperation.class));
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

    /** The case, if the user may change it and it is still at the version they saw. */
    private FamilyCase editable(long caseId, long version, UserAccount me) {
        FamilyCase c = theCase(caseId);
        access.require(me, c, CaseOperation.EDIT_CASE);
        return guard.atVersion(c, version);
    }

    /** The date the stage's work is due by its time limit if the case enters it today; none without a limit. */
    private LocalDate dueDate(CaseStage stage) {
        return limits.dueDateFrom(stage, LocalDate.now(clock));
    }

    private FamilyCase theCase(long caseId) {
        return cases.findWithPartiesById(caseId).orElseThrow(() -> new RecordNotFoundException());
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
