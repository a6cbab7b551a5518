package org.consilium.testing;

import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.springframework.stereotype.Component;

/**
 * Sets the administrator's rules of work as they are now (at their current version), for tests that
 * need a rule changed and put back. The caller signs in as the administrator.
 */
@Component
public class WorkRules {

    private final CaseNorms norms;
    private final ReferralService referrals;

    WorkRules(CaseNorms norms, ReferralService referrals) {
        this.norms = norms;
        this.referrals = referrals;
    }

    public void caseloadNorm(CaseModel model, int value) {
        norms.changeNorm(model, norms.norms().stream().filter(n -> n.getModel() == model).findFirst().orElseThrow()
                .getVersion(), value);
    }

    public void stageDays(CaseStage stage, int value) {
        norms.changeStageTimeLimit(stage, norms.stageTimeLimits().stream().filter(l -> l.getStage() == stage).findFirst()
                .orElseThrow().getVersion(), value);
    }

    public void responseHours(Urgency urgency, int value) {
        referrals.changeResponseTarget(urgency, referrals.responseTargets().stream().filter(t -> t.getUrgency() == urgency)
                .findFirst().orElseThrow().getVersion(), value);
    }
}
