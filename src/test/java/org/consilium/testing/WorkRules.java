package org.consilium.testing;

import java.time.LocalDate;
import org.consilium.calendar.Holiday;
import org.consilium.calendar.WorkingDays;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestRules;
import org.springframework.stereotype.Component;

/**
 * Sets the administrator's rules of work as they are now (at their current version), for tests that
 * need a rule changed and put back. The caller signs in as the administrator.
 */
@Component
public class WorkRules {

    private final CaseNorms norms;
    private final ReferralService referrals;
    private final RequestRules requests;
    private final WorkingDays workingDays;

    WorkRules(CaseNorms norms, ReferralService referrals, RequestRules requests, WorkingDays workingDays) {
        this.norms = norms;
        this.referrals = referrals;
        this.requests = requests;
        this.workingDays = workingDays;
    }

    public void caseloadNorm(CaseModel model, int value) {
        norms.changeNorm(model, norms.norms().stream().filter(n -> n.getModel() == model).findFirst().orElseThrow()
                .getVersion(), value);
    }

    public void followUpMonths(int step, int months) {
        norms.changeFollowUpMonths(step, norms.followUpSchedule().stream().filter(s -> s.getStep() == step).findFirst()
                .orElseThrow().getVersion(), months);
    }

    public void stageDays(CaseStage stage, int value) {
        norms.changeStageTimeLimit(stage, norms.stageTimeLimits().stream().filter(l -> l.getStage() == stage).findFirst()
                .orElseThrow().getVersion(), value);
    }

    public void responseHours(Urgency urgency, int value) {
        referrals.changeResponseTarget(urgency, referrals.responseTargets().stream().filter(t -> t.getUrgency() == urgency)
                .findFirst().orElseThrow().getVersion(), value);
    }

    public void answerDays(RequestKind kind, int value) {
        requests.changeAnswerDays(kind, requests.answerTimes().stream().filter(t -> t.getKind() == kind).findFirst()
                .orElseThrow().getVersion(), value);
    }

    /**
     * Removes the holidays listed from {@code from} to {@code to}, both included: other tests share the
     * database and count working days, so a test removes the holidays it listed.
     */
    public void removeHolidays(LocalDate from, LocalDate to) {
        for (Holiday h : workingDays.holidays()) {
            if (!h.getDay().isBefore(from) && !h.getDay().isAfter(to)) {
                workingDays.removeHoliday(h.getId(), h.getVersion());
            }
        }
    }
}
