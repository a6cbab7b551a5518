package org.consilium.workspace;

import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseModelNorm;
import org.consilium.casefile.CaseNorms;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.FollowUpStep;
import org.consilium.casefile.StageTimeLimit;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ResponseTarget;
import org.consilium.referral.Urgency;
import org.consilium.request.AnswerTime;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestRules;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's rules of work (response targets, caseload norms, stage time limits, the working
 * days agencies have to answer an information request, the follow-up schedule after closure), read and saved as one page: a refused value
 * leaves every rule as it was, and a rule someone else changed since the page was read is not
 * overwritten.
 */
@Service
@Transactional(readOnly = true)
public class RulesOfWork {

    private final ReferralService referrals;
    private final CaseNorms norms;
    private final RequestRules requests;

    RulesOfWork(ReferralService referrals, CaseNorms norms, RequestRules requests) {
        this.referrals = referrals;
        this.norms = norms;
        this.requests = requests;
    }

    /** A rule's value and the version it was read at. */
    public record Rule(long version, int value) {
    }

    /** Every rule, by what it is for. */
    public record Rules(Map<Urgency, Rule> responseHours, Map<CaseModel, Rule> caseloadNorms,
                        Map<CaseStage, Rule> stageDays, Map<RequestKind, Rule> answerDays,
                        SortedMap<Integer, Rule> followUpMonths) {
    }

    @RolesAllowed(AppRoles.ADMIN)
    public Rules current() {
        Map<Urgency, Rule> hours = new EnumMap<>(Urgency.class);
        for (ResponseTarget t : referrals.responseTargets()) {
            hours.put(t.getUrgency(), new Rule(t.getVersion(), t.getHours()));
        }
        Map<CaseModel, Rule> caseloads = new EnumMap<>(CaseModel.class);
        for (CaseModelNorm n : norms.norms()) {
            caseloads.put(n.getModel(), new Rule(n.getVersion(), n.getCaseloadNorm()));
        }
        Map<CaseStage, Rule> days = new EnumMap<>(CaseStage.class);
        for (StageTimeLimit l : norms.stageTimeLimits()) {
            days.put(l.getStage(), new Rule(l.getVersion(), l.getDays()));
        }
        Map<RequestKind, Rule> answers = new EnumMap<>(RequestKind.class);
        for (AnswerTime t : requests.answerTimes()) {
            answers.put(t.getKind(), new Rule(t.getVersion(), t.getWorkingDays()));
        }
        SortedMap<Integer, Rule> followUps = new TreeMap<>();
        for (FollowUpStep step : norms.followUpSchedule()) {
            followUps.put(step.getStep(), new Rule(step.getVersion(), step.getMonths()));
        }
        return new Rules(hours, caseloads, days, answers, followUps);
    }

    /**
     * Saves the values that differ from what the page read, each at the version it was read at, all
     * in one transaction. A refused value is named by the field {@link #field}{@code (kind, key)}.
     */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void save(Rules read, Map<Urgency, Integer> hours, Map<CaseModel, Integer> caseloads, Map<CaseStage, Integer> days,
                     Map<RequestKind, Integer> answerDays, Map<Integer, Integer> followUpMonths) {
        hours.forEach((urgency, value) -> apply(read.responseHours().get(urgency), value, field("hours", urgency),
                v -> referrals.changeResponseTarget(urgency, read.responseHours().get(urgency).version(), v)));
        caseloads.forEach((model, value) -> apply(read.caseloadNorms().get(model), value, field("caseload", model),
                v -> norms.changeNorm(model, read.caseloadNorms().get(model).version(), v)));
        days.forEach((stage, value) -> apply(read.stageDays().get(stage), value, field("days", stage),
                v -> norms.changeStageTimeLimit(stage, read.stageDays().get(stage).version(), v)));
        answerDays.forEach((kind, value) -> apply(read.answerDays().get(kind), value, field("answerDays", kind),
                v -> requests.changeAnswerDays(kind, read.answerDays().get(kind).version(), v)));
        followUpMonths.forEach((step, value) -> apply(read.followUpMonths().get(step), value, followUpField(step),
                v -> norms.changeFollowUpMonths(step, read.followUpMonths().get(step).version(), v)));
        norms.checkFollowUpSchedule();
    }

    /** The name by which a refusal points at a follow-up contact's months, e.g. {@code followUp.2}. */
    public static String followUpField(int step) {
        return "followUp." + step;
    }

    /** The name by which a refusal points at one rule's field, e.g. {@code hours.URGENT}. */
    public static String field(String kind, Enum<?> key) {
        return kind + "." + key.name();
    }

    private static void apply(Rule read, Integer value, String field, IntConsumer change) {
        if (value == null) {
            throw BusinessException.atField(field, "validation.required");
        }
        if (read == null) {
            throw new RecordNotFoundException();
        }
        if (read.value() == value) {
            return;
        }
        try {
            change.accept(value);
        } catch (EditConflictException e) {
            throw e;
        } catch (BusinessException e) {
            throw BusinessException.atField(field, e.getMessageKey(), e.getArguments());
        }
    }
}
