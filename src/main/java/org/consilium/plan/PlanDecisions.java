package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseParticipant;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting decides about a case's plan, carried out through the plan's own rules and with the
 * rights of the one who records the decision: approving the plan (a supervisor, from AGREED), asking
 * for a revision of the plan in force, and adding a specialist's task to it as an accepted proposal of
 * that agency. Each returns the plan or task it changed; a refusal is the rule's own.
 */
@Service
@Transactional(readOnly = true)
public class PlanDecisions {

    /** What carrying out a decision changed: the plan, and the task if one was added. */
    public record Done(long planId, int planNumber, Long taskId) {
    }

    private final PlanRepository plans;
    private final PlanService planService;
    private final ProposalService proposalService;
    private final ProposalRepository proposals;
    private final PlanLookups lookups;
    private final PlanAccess access;
    private final SharingService sharing;
    private final EditGuard guard;
    private final Clock clock;

    PlanDecisions(PlanRepository plans, PlanService planService, ProposalService proposalService,
                  ProposalRepository proposals, PlanLookups lookups, PlanAccess access, SharingService sharing,
                  EditGuard guard, Clock clock) {
        this.plans = plans;
        this.planService = planService;
        this.proposalService = proposalService;
        this.proposals = proposals;
        this.lookups = lookups;
        this.access = access;
        this.sharing = sharing;
        this.guard = guard;
        this.clock = clock;
    }

    /** Approves the case's latest plan in preparation; it must be AGREED, as on the plan page. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public Done approve(long caseId) {
        FamilyPlan p = plans.ofCase(caseId).stream().filter(x -> x.getStatus().isInPreparation()).findFirst()
                .orElseThrow(() -> new BusinessException("plan.decision.noneToApprove"));
        FamilyPlan approved = planService.approve(p.getId(), p.getVersion());
        return new Done(approved.getId(), approved.getNumber(), null);
    }

    /** A new draft revising the plan in force, which stays in force meanwhile. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Done revise(long caseId) {
        FamilyPlan active = plans.activeOfCase(caseId).orElseThrow(() -> new BusinessException("plan.decision.noneInForce"));
        FamilyPlan draft = planService.revise(active.getId(), active.getVersion());
        return new Done(draft.getId(), draft.getNumber(), null);
    }

    /**
     * Adds a specialist's task for a goal of the plan in force: proposed in the name of the agency that
     * will do it, and accepted at once, as the curator would accept that agency's own proposal. The
     * agency takes part in the case from now on; the task remembers the decision it came from.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Done addTask(long caseId, String goalKey, long agencyId, String description, LocalDate dueOn,
                        String originLabel, String originRoute) {
        UserAccount me = access.me();
        access.planWork(caseId, CaseOperation.EDIT_CASE);
        FamilyPlan active = plans.activeOfCase(caseId).orElseThrow(() -> new BusinessException("plan.decision.noneInForce"));
        Agency agency = lookups.agencies().stream().filter(a -> a.getId() == agencyId).findFirst()
                .orElseThrow(() -> BusinessException.atField(TaskDetails.AGENCY, "validation.required"));
        PlanGoal goal = goalKey == null ? null : active.goal(goalKey).orElse(null);
        TaskProposal proposal = proposals.saveAndFlush(new TaskProposal(caseId, goal, agency, description, dueOn,
                LocalDate.now(clock), clock.instant(), me.getUsername(), me.getFullName()));
        PlanTask task = proposalService.acceptProposal(proposal.getId(), proposal.getVersion());
        task.cameFrom(originLabel, originRoute);
        if (task.isPartnerTask()) {
            sharing.takePart(caseId, agency.getId(), CaseParticipant.Reason.PLAN_TASK);
        }
        guard.flush(task);
        FamilyPlan into = task.getGoal().getPlan();
        return new Done(into.getId(), into.getNumber(), task.getId());
    }
}
