package org.consilium.casefile;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures cases are held to, which the administrator sets: the caseload norm of each
 * case-management model and how many days a case may stay in each stage before its work is due.
 */
@Service
@Transactional(readOnly = true)
public class CaseNorms {

    private final CaseModelNormRepository norms;
    private final StageTimeLimitRepository limits;
    private final EditGuard guard;

    private final FollowUpStepRepository followUps;

    CaseNorms(CaseModelNormRepository norms, StageTimeLimitRepository limits, FollowUpStepRepository followUps,
              EditGuard guard) {
        this.followUps = followUps;
        this.norms = norms;
        this.limits = limits;
        this.guard = guard;
    }

    /** The caseload norm of every model. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR})
    public List<CaseModelNorm> norms() {
        return norms.findAll().stream().sorted(Comparator.comparing(CaseModelNorm::getModel)).toList();
    }

    /** The administrator sets the caseload norm of a model, as read at {@code version}. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public CaseModelNorm changeNorm(CaseModel model, long version, int norm) {
        CaseModelNorm n = guard.atVersion(norms.findByModel(model)
                .orElseThrow(() -> new RecordNotFoundException()), version);
        n.changeNorm(norm);
        return guard.flush(n);
    }

    /** The time limit of every stage that has one, in the order of the stages. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR, AppRoles.CURATOR})
    public List<StageTimeLimit> stageTimeLimits() {
        return limits.findAll().stream().sorted(Comparator.comparing(StageTimeLimit::getStage)).toList();
    }

    /**
     * The administrator sets how many days a case may stay in a stage before its work is due, as read
     * at {@code version}.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public StageTimeLimit changeStageTimeLimit(CaseStage stage, long version, int days) {
        StageTimeLimit l = guard.atVersion(limits.findByStage(stage)
                .orElseThrow(() -> new RecordNotFoundException()), version);
        l.changeDays(days);
        return guard.flush(l);
    }

    /** The follow-up contacts after a case closes, first one first, with the months after closure of each. */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR, AppRoles.CURATOR})
    public List<FollowUpStep> followUpSchedule() {
        return followUps.findAllByOrderByStep();
    }

    /**
     * The administrator sets how many months after closure the follow-up contact {@code step} is due,
     * as read at {@code version}. Each contact must come later than the one before it: see
     * {@link #checkFollowUpSchedule()}, called once all the steps are set.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public FollowUpStep changeFollowUpMonths(int step, long version, int months) {
        FollowUpStep s = guard.atVersion(followUps.findByStep(step)
                .orElseThrow(() -> new RecordNotFoundException()), version);
        s.changeMonths(months);
        return guard.flush(s);
    }

    /** Refuses a schedule in which a contact does not come later than the one before it, naming that step. */
    @RolesAllowed(AppRoles.ADMIN)
    public void checkFollowUpSchedule() {
        int before = 0;
        for (FollowUpStep s : followUps.findAllByOrderByStep()) {
            if (s.getMonths() <= before) {
                throw BusinessException.atField("followUp." + s.getStep(), "followUp.step.increasing");
            }
            before = s.getMonths();
        }
    }
}
