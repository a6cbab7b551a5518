package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks partner agencies propose for the plan in force: an agency taking part proposes one of its
 * own for a goal; the curator accepts it into the plan or rejects it with a reason.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    private final PlanRepository plans;
    private final ProposalRepository proposals;
    private final PlanAccess access;
    private final PlanLookups lookups;
    private final CaseService cases;
    private final EditGuard guard;
    private final Clock clock;
    private final PlanEvents events;

    ProposalService(PlanRepository plans, ProposalRepository proposals, PlanAccess access, PlanLookups lookups,
                    CaseService cases, EditGuard guard, Clock clock, PlanEvents events) {
        this.events = events;
        this.plans = plans;
        this.proposals = proposals;
        this.access = access;
        this.lookups = lookups;
        this.cases = cases;
        this.guard = guard;
        this.clock = clock;
    }

    /** A partner agency taking part proposes a task of its own for a goal (by its key) of the plan being worked. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public TaskProposal propose(long caseId, String goalKey, String description, LocalDate dueOn) {
        UserAccount me = access.me();
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_SHARED);
        PlanAccess.requirePlanWork(ctx);
        FamilyPlan active = plans.activeOfCase(caseId).orElseThrow(() -> new BusinessException("plan.proposal.noPlanToJoin"));
        PlanGoal goal = goalKey == null ? null : active.goal(goalKey).orElse(null);
        TaskProposal made = proposals.saveAndFlush(new TaskProposal(caseId, goal, me.getAgency(), description, dueOn,
                LocalDate.now(clock), clock.instant(), me.getUsername(), me.getFullName()));
        events.publish(PlanActivity.Kind.PROPOSAL_MADE, ctx, active.getId(), List.of(), null);
        return made;
    }

    /** The curator accepts a proposal: the task joins the draft being prepared, or else the plan being worked. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public PlanTask acceptProposal(long proposalId, long version) {
        UserAccount me = access.me();
        Decision decision = toDecide(proposalId, version);
        TaskProposal proposal = decision.proposal();
        List<FamilyPlan> all = plans.ofCase(proposal.getCaseId());
        FamilyPlan target = all.stream().filter(FamilyPlan::isEditable).findFirst()
                .or(() -> all.stream().filter(p -> p.getStatus() == PlanStatus.ACTIVE).findFirst())
                .orElseThrow(() -> new BusinessException("plan.proposal.noPlanToJoin"));
        PlanGoal goal = target.goal(proposal.getGoalKey()).orElseThrow(() -> new BusinessException("plan.proposal.goalGone"));
        TaskDetails d = proposal.asTask();
        PlanTask t = target.acceptProposedTask(goal, lookups.parties(target.getFamilyId(), d), d);
        proposal.accept(clock.instant(), me.getUsername());
        guard.flush(proposal);
        CaseContext ctx = decision.ctx();
        if (!proposal.getProposedBy().equals(me.getUsername())) {
            events.publish(PlanActivity.Kind.PROPOSAL_ACCEPTED, ctx, target.getId(), List.of(t), proposal.getProposedBy());
        } else {
            // Added by a decision in the proposer's own name: those who will do it are told of their task.
            events.publish(target.getStatus() == PlanStatus.ACTIVE ? PlanActivity.Kind.TASKS_ASSIGNED
                    : PlanActivity.Kind.CHANGED, ctx, target.getId(), List.of(t), null);
        }
        return t;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public TaskProposal rejectProposal(long proposalId, long version, String reason) {
        UserAccount me = access.me();
        Decision decision = toDecide(proposalId, version);
        TaskProposal proposal = decision.proposal();
        proposal.reject(reason, clock.instant(), me.getUsername());
        guard.flush(proposal);
        CaseContext ctx = decision.ctx();
        long planId = plans.ofCase(proposal.getCaseId()).stream().findFirst().map(FamilyPlan::getId).orElse(0L);
        events.publish(PlanActivity.Kind.PROPOSAL_DECLINED, ctx, planId, List.of(), proposal.getProposedBy());
        return proposal;
    }

    /** A proposal to decide, at the version the curator saw, with its case as the access check found it. */
    private record Decision(TaskProposal proposal, CaseContext ctx) {
    }

    private Decision toDecide(long proposalId, long version) {
        TaskProposal proposal = access.proposal(proposalId);
        CaseContext ctx = access.planWork(proposal.getCaseId(), CaseOperation.EDIT_CASE);
        return new Decision(guard.atVersion(proposal, version), ctx);
    }
}
