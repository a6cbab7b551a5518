package org.consilium.meeting;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.CuratorLoad;
import org.consilium.plan.PlanReader;
import org.consilium.plan.PlanSheet;
import org.consilium.plan.PlanStatus;
import org.consilium.referral.ProblemArea;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meeting room's forms offer, for those who keep the minutes: the people who may be
 * secretary, and for a decision on an item the goals of the case's plan, the partner agencies and the
 * team's curators with their caseloads; and for a closing meeting the case's story — the initial
 * request, the stages it went through and the results of its plan.
 */
@Service
@Transactional(readOnly = true)
public class RoomOptions {

    private final MeetingAccess access;
    private final AgendaRepository items;
    private final AgencyService agencies;
    private final CaseService cases;
    private final CaseSheets sheets;
    private final PlanReader plans;

    RoomOptions(MeetingAccess access, AgendaRepository items, AgencyService agencies, CaseService cases,
                CaseSheets sheets, PlanReader plans) {
        this.access = access;
        this.items = items;
        this.agencies = agencies;
        this.cases = cases;
        this.sheets = sheets;
        this.plans = plans;
    }

    /**
     * For a decision: goals of the plan (by key), partner agencies and curators, each by id and name
     * (for a referral, the curators' loads against each model's norm); for an inconsistency, every
     * agency that may own it.
     */
    public record ForDecision(long itemId, Long caseId, Long referralId, String familyName, Map<String, String> goals,
                              Map<Long, String> agencies, List<CuratorLoad> curators,
                              Map<CaseModel, List<CuratorLoad>> curatorsByModel, Map<Long, String> owners,
                              boolean supervisor) {
    }

    /** A closing meeting's story of the case. */
    public record ClosingStory(Instant referredAt, Set<ProblemArea> reasons, String reasonText, String description,
                               List<Stage> stages, List<Result> results, ClosureReason closureReason, String closureOutcome) {
    }

    /** A stage the case entered, and when. */
    public record Stage(CaseStage stage, Instant at) {
    }

    /** A goal of the plan: the statement, the target and the rating given (1 to 5), if any. */
    public record Result(String statement, String target, LocalDate deadline, Integer rating) {
    }

    /** Those invited in person who may keep the minutes, by id and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> secretaries(long meetingId) {
        Meeting m = access.toWrite(meetingId, access.me());
        Map<Long, String> out = new LinkedHashMap<>();
        m.getParticipants().stream().filter(p -> p.getKind() == Participant.Kind.USER)
                .forEach(p -> out.put(p.getUserId(), p.getName()));
        return out;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public ForDecision forDecision(long itemId) {
        UserAccount me = access.me();
        AgendaItem item = items.findById(itemId).orElseThrow(RecordNotFoundException::new);
        access.toWrite(item.getMeeting().getId(), me);
        Map<String, String> goals = new LinkedHashMap<>();
        List<CuratorLoad> curators = List.of();
        if (item.getCaseId() != null) {
            plans.current(item.getCaseId()).ifPresent(p -> p.goals().forEach(g -> goals.put(g.key(), g.statement())));
            if (me.getRoles().contains(AppRoles.SUPERVISOR)) {
                curators = sheets.sheet(item.getCaseId()).map(CaseSheet::model)
                        .map(model -> cases.caseloads(model)).orElse(List.of());
            }
        }
        Map<Long, String> partners = new LinkedHashMap<>();
        agencies.all().stream().filter(a -> a.getType() != AgencyType.SOCIAL_SERVICES)
                .forEach(a -> partners.put(a.getId(), a.getName()));
        Map<CaseModel, List<CuratorLoad>> byModel = new EnumMap<>(CaseModel.class);
        if (item.getReferralId() != null && me.getRoles().contains(AppRoles.SUPERVISOR)) {
            for (CaseModel model : CaseModel.values()) {
                byModel.put(model, cases.caseloads(model));
            }
        }
        Map<Long, String> owners = new LinkedHashMap<>();
        agencies.all().forEach(a -> owners.put(a.getId(), a.getName()));
        return new ForDecision(item.getId(), item.getCaseId(), item.getReferralId(), item.getFamilyName(), goals, partners,
                curators, byModel, owners, me.getRoles().contains(AppRoles.SUPERVISOR));
    }

    /** The case's story for its closing meeting; empty for other meetings. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<ClosingStory> closingStory(long meetingId) {
        Meeting m = access.toWrite(meetingId, access.me());
        if (m.getKind() != MeetingKind.CLOSING || m.getCaseId() == null) {
            return Optional.empty();
        }
        long caseId = m.getCaseId();
        CaseSheet c = sheets.sheet(caseId).orElseThrow(RecordNotFoundException::new);
        Optional<CaseSheets.InitialRequest> first = sheets.initialRequest(caseId);
        List<Stage> stages = c.timeline().stream().filter(t -> !t.dueDateChange()).map(t -> new Stage(t.to(), t.at())).toList();
        List<Result> results = plans.overview(caseId).versions().stream()
                .filter(v -> v.status() == PlanStatus.ACTIVE || v.status() == PlanStatus.COMPLETED).findFirst()
                .flatMap(v -> plans.sheet(v.planId()))
                .map(PlanSheet::goals).orElse(List.of()).stream()
                .map(g -> new Result(g.statement(), g.target(), g.deadline(), g.rating())).toList();
        return Optional.of(new ClosingStory(first.map(CaseSheets.InitialRequest::receivedAt).orElse(null),
                first.map(CaseSheets.InitialRequest::reasons).orElse(Set.of()),
                first.map(CaseSheets.InitialRequest::reasonText).orElse(null),
                first.map(CaseSheets.InitialRequest::description).orElse(null), stages, results,
                c.closureReason(), c.closureOutcome()));
    }
}
