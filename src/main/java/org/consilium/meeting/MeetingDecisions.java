package org.consilium.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.consilium.account.UserAccount;
import org.consilium.base.BusinessException;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.plan.PlanDecisions;
import org.consilium.referral.DeclineDetails;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a meeting's decision on an agenda item and carries it out through the rule that already
 * exists for it, with the rights of the one who records it: if the rule refuses (a plan not agreed, a
 * case not at the decision stage, a curator over the norm without confirmation), nothing is recorded
 * and the refusal is the rule's own. What the decision created links back to the meeting.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDecisions {

    private static final int TEXT_MAX = MeetingDecision.TEXT_MAX;

    private final MeetingAccess access;
    private final AgendaRepository items;
    private final DecisionRepository decisions;
    private final CaseService cases;
    private final PlanDecisions plans;
    private final ReferralService referrals;
    private final Clock clock;

    private final MeetingEvents meetingEvents;

    MeetingDecisions(MeetingAccess access, AgendaRepository items, DecisionRepository decisions, CaseService cases,
                     PlanDecisions plans, ReferralService referrals, Clock clock, MeetingEvents meetingEvents) {
        this.meetingEvents = meetingEvents;
        this.referrals = referrals;
        this.access = access;
        this.items = items;
        this.decisions = decisions;
        this.cases = cases;
        this.plans = plans;
        this.clock = clock;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public MeetingDecision decide(long itemId, DecisionDetails d) {
        UserAccount me = access.me();
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        Meeting m = access.toChange(item.getMeeting().getId(), me);
        m.requireBegun(clock.instant());
        m.requireFamilyHeard();
        if (d.getKind() == null) {
            throw BusinessException.atField(DecisionDetails.KIND, "validation.required");
        }
        if (d.getKind().supervisorOnly() && !me.getRoles().contains(AppRoles.SUPERVISOR)) {
            throw BusinessException.atField(DecisionDetails.KIND, "meeting.decision.supervisorOnly");
        }
        String text = d.getText() == null ? "" : d.getText().strip();
        if (text.length() > TEXT_MAX) {
            throw BusinessException.atField(DecisionDetails.TEXT, "validation.maxLength", TEXT_MAX);
        }
        if (text.isEmpty() && d.getKind() == DecisionKind.NOTE) {
            throw BusinessException.atField(DecisionDetails.TEXT, "validation.required");
        }
        Long caseId = item.getCaseId();
        if (d.getKind().needsCase() && caseId == null) {
            throw BusinessException.atField(DecisionDetails.KIND, "meeting.decision.needsCase");
        }
        Long referralId = item.getReferralId();
        if (d.getKind().needsReferral() && referralId == null) {
            throw BusinessException.atField(DecisionDetails.KIND, "meeting.decision.needsReferral");
        }
        MeetingDecision decision = new MeetingDecision(item, d.getKind(), text, clock.instant(), me.getUsername());
        String route = "meeting/" + m.getId();
        String comment = m.getTitle() + (text.isEmpty() ? "" : ": " + text);
        switch (d.getKind()) {
            case NOTE -> { }
            case APPROVE_PLAN -> {
                plans.approve(caseId);
                decision.created(resultKey(d.getKind()), "plan/" + caseId);
            }
            case REVISE_PLAN -> {
                plans.revise(caseId);
                decision.created(resultKey(d.getKind()), "plan/" + caseId);
            }
            case ADD_TASK -> {
                if (d.getAgencyId() == null) {
                    throw BusinessException.atField("agencyId", "validation.required");
                }
                plans.addTask(caseId, d.getGoalKey(), d.getAgencyId(), d.getDescription(), d.getDueOn(), m.getTitle(), route);
                decision.created(resultKey(d.getKind()), "plan/" + caseId);
            }
            case OPEN_FROM_REFERRAL -> {
                if (d.getCurator() == null) {
                    throw BusinessException.atField(CaseDecision.CURATOR, "validation.required");
                }
                Referral r = referrals.get(referralId).orElseThrow(RecordNotFoundException::new);
                CaseService.Opened opened = cases.openFromReferral(referralId, r.getVersion(),
                        new CaseDecision(d.getLevel(), d.getModel(), d.getCriteria(), comment), d.getCurator(),
                        d.isOverloadConfirmed());
                long newCase = opened.familyCase().getId();
                decision.opened(newCase);
                decision.created(opened.joinedOpenCase() ? "meeting.decision.result.JOINED_CASE" : resultKey(d.getKind()),
                        "case/" + newCase);
            }
            case DECLINE_REFERRAL -> {
                Referral r = referrals.get(referralId).orElseThrow(RecordNotFoundException::new);
                referrals.decline(referralId, r.getVersion(), new DeclineDetails(d.getDeclineReason(), d.getRedirectedTo()));
                decision.created(resultKey(d.getKind()), null);
            }
            case OPEN_CASE -> {
                cases.decide(caseId, cases.currentVersion(caseId),
                        new CaseDecision(d.getLevel(), d.getModel(), d.getCriteria(), comment));
                decision.created(resultKey(d.getKind()), "case/" + caseId);
            }
            case DECLINE_CASE -> {
                CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
                if (ctx.stage() != CaseStage.DECISION) {
                    throw new BusinessException("case.decision.notNow");
                }
                // Declining support closes the case as not taken on; the words say why, and are its outcome too.
                if (d.getClosureNote() == null || d.getClosureNote().isBlank()) {
                    throw BusinessException.atField(ClosureDetails.CLOSURE_NOTE, "validation.required");
                }
                cases.close(caseId, cases.currentVersion(caseId),
                        ClosureDetails.of(ClosureReason.NOT_TAKEN_ON, d.getClosureNote(), d.getClosureNote()));
                decision.created(resultKey(d.getKind()), "case/" + caseId);
            }
            case CHANGE_CURATOR -> {
                if (d.getCurator() == null) {
                    throw BusinessException.atField(CaseDecision.CURATOR, "validation.required");
                }
                cases.changeCurator(caseId, cases.currentVersion(caseId), d.getCurator(), d.isOverloadConfirmed());
                decision.created(resultKey(d.getKind()), "case/" + caseId);
            }
            case NEXT_REVIEW -> {
                cases.changeDueDate(caseId, cases.currentVersion(caseId), d.getDueOn(), comment);
                decision.created(resultKey(d.getKind()), "case/" + caseId);
            }
            case CLOSE_CASE -> {
                cases.close(caseId, cases.currentVersion(caseId), d.closure());
                decision.created(resultKey(d.getKind()), "case/" + caseId);
            }
        }
        MeetingDecision saved = decisions.saveAndFlush(decision);
        if (saved.getCaseId() != null) {
            meetingEvents.decided(m, saved.getCaseId(), saved.getFamilyName(), me);
        }
        return saved;
    }

    private static String resultKey(DecisionKind kind) {
        return "meeting.decision.result." + kind.name();
    }
}
