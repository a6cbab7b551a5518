package org.consilium.plan;

import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.BusinessException;
import org.consilium.base.MessageKey;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where every plan service starts: who is signed in, the plan's records by id, and the case's access
 * policy (through {@link CaseService}) — whether the user may read the case's plan at all, and whether
 * its stage allows plan work. What they may then do with the plan is {@link PlanPermissions}.
 */
@Component
class PlanAccess {

    private final PlanRepository plans;
    private final CaseService cases;
    private final UserAccountService accounts;
    private final PlanPermissions permissions = PlanPermissions.standard();

    PlanAccess(PlanRepository plans, CaseService cases, UserAccountService accounts) {
        this.plans = plans;
        this.cases = cases;
        this.accounts = accounts;
    }

    UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    PlanPermissions permissions() {
        return permissions;
    }

    /** The reader as the plan's rules see them. */
    static PlanPermissions.Reader reader(CaseContext ctx, UserAccount me) {
        return new PlanPermissions.Reader(ctx.operations(), me.getAgency() == null ? null : me.getAgency().getId());
    }

    /** The case, if the user may read its plan in some way; otherwise the refusal is recorded. */
    CaseContext readable(long caseId, UserAccount me) {
        return cases.context(caseId, neededToRead(me));
    }

    static CaseOperation neededToRead(UserAccount me) {
        if (me.getRoles().contains(AppRoles.FAMILY)) {
            return CaseOperation.READ_FAMILY_VIEW;
        }
        boolean socialServices = me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
        return me.getRoles().stream().anyMatch(AppRoles.PARTNERS::contains) && !socialServices
                ? CaseOperation.READ_SHARED : CaseOperation.READ_CASE;
    }

    /** The case, if the user may do {@code needed} with it and its stage allows plan work. */
    CaseContext planWork(long caseId, CaseOperation needed) {
        CaseContext ctx = cases.context(caseId, needed);
        requirePlanWork(ctx);
        return ctx;
    }

    static void requirePlanWork(CaseContext ctx) {
        if (!ctx.stage().allowsPlanWork()) {
            throw new BusinessException("plan.stageNotAllowed", new MessageKey(ctx.stage().messageKey()));
        }
    }

    /** The version as the plan's rules see it; {@code latest}: no newer version of the case's plan exists. */
    static PlanPermissions.Version version(FamilyPlan p, CaseContext ctx, boolean latest) {
        return new PlanPermissions.Version(p.getStatus(), p.isOffered(), latest, ctx.stage().allowsPlanWork());
    }

    static PlanPermissions.Task task(PlanTask t) {
        return new PlanPermissions.Task(t.getSide(), t.getAgency() == null ? null : t.getAgency().getId());
    }

    FamilyPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new RecordNotFoundException());
    }

    PlanGoal goal(long id) {
        return plans.goal(id).orElseThrow(() -> new RecordNotFoundException());
    }

    PlanTask task(long id) {
        return plans.task(id).orElseThrow(() -> new RecordNotFoundException());
    }

    TaskProposal proposal(long id) {
        return plans.proposal(id).orElseThrow(() -> new RecordNotFoundException());
    }
}
