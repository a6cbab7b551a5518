package org.consilium.request;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.MessageKey;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseParticipant;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.DueCase;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.SharingService;
import org.consilium.family.Family;
import org.consilium.family.FamilyMember;
import org.consilium.family.FamilyService;
import org.consilium.plan.PlanReader;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curator's side of information requests: what a request can be sent with, sending it (with the
 * family's consent for that type of agency, or a written legal basis a supervisor reviews), the case's
 * requests, replying to an agency's question, sharing an answer, and the supervisor's review.
 */
@Service
@Transactional(readOnly = true)
public class RequestService {

    private final RequestRepository requests;
    private final RequestNoteRepository notes;
    private final AnswerShareRepository shares;
    private final RequestAccess access;
    private final RequestRules rules;
    private final AgencyService agencies;
    private final FamilyService families;
    private final SharingService sharing;
    private final CaseService cases;
    private final PlanReader plans;
    private final Clock clock;
    private final RequestEvents requestEvents;

    RequestService(RequestRepository requests, RequestNoteRepository notes, AnswerShareRepository shares,
                   RequestAccess access, RequestRules rules, AgencyService agencies, FamilyService families,
                   SharingService sharing, CaseService cases, PlanReader plans, Clock clock, RequestEvents requestEvents) {
        this.requestEvents = requestEvents;
        this.requests = requests;
        this.notes = notes;
        this.shares = shares;
        this.access = access;
        this.rules = rules;
        this.agencies = agencies;
        this.families = families;
        this.sharing = sharing;
        this.cases = cases;
        this.plans = plans;
        this.clock = clock;
    }

    /** What the send form offers for the case; only to those who may send requests about it. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public SendOptions sendOptions(long caseId) {
        CaseContext ctx = access.toSend(caseId);
        Family family = families.get(ctx.familyId()).orElseThrow(RecordNotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        List<SendOptions.Member> members = family.getMembers().stream().map(m -> new SendOptions.Member(m.getId(),
                m.getFullName(), m.isChild(), m.getBirthDate(), m.getSchoolClass(),
                m.getSchool() == null ? null : m.getSchool().getId())).toList();
        List<SendOptions.AgencyOption> partners = agencies.all().stream()
                .filter(a -> a.getType() != AgencyType.SOCIAL_SERVICES)
                .map(a -> new SendOptions.AgencyOption(a.getId(), a.getName(), a.getType(), a.getDistrict())).toList();
        Map<RequestKind, LocalDate> due = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            due.put(kind, rules.dueDate(kind, today));
        }
        var plan = plans.current(caseId);
        return new SendOptions(caseId, family.getDistrict(), members, partners, consentedTypes(caseId), due,
                plan.map(p -> p.endsOn()).orElse(null),
                plan.map(p -> p.goals().stream().map(g -> new SendOptions.Goal(g.key(), g.statement())).toList())
                        .orElse(List.of()));
    }

    /**
     * Sends a request about the case to a partner agency. It goes out on the family's consent for the
     * agency's type if there is one today, otherwise only with a written legal basis (which waits for
     * a supervisor's review). The agency takes part in the case for this purpose only.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public InformationRequest send(long caseId, RequestDetails d) {
        CaseContext ctx = access.toSend(caseId);
        UserAccount me = access.me();
        LocalDate today = LocalDate.now(clock);
        if (d.getKind() == null) {
            throw BusinessException.atField(RequestDetails.KIND, "validation.required");
        }
        RequestKind kind = d.getKind();
        Agency agency = agency(d.getAgencyId(), kind);
        RequestSubject subject = subject(ctx, d.getMemberId(), kind);
        Set<RequestQuestion> questions = d.getQuestions().stream().filter(q -> q.kind() == kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequestQuestion.class)));
        String text = d.getQuestionsText() == null ? "" : d.getQuestionsText().strip();
        if (questions.isEmpty() && text.isEmpty()) {
            throw BusinessException.atField(RequestDetails.QUESTIONS_TEXT, "request.questions.none");
        }
        if (text.length() > InformationRequest.QUESTIONS_TEXT_MAX) {
            throw BusinessException.atField(RequestDetails.QUESTIONS_TEXT, "validation.maxLength",
                    InformationRequest.QUESTIONS_TEXT_MAX);
        }
        RequestSchedule schedule = schedule(caseId, d);
        LocalDate from = d.getPeriodFrom();
        if (from == null) {
            throw BusinessException.atField(RequestDetails.PERIOD_FROM, "validation.required");
        }
        LocalDate to = schedule.repeats() ? schedule.getRepeat().next(from).minusDays(1) : d.getPeriodTo();
        if (to == null) {
            throw BusinessException.atField(RequestDetails.PERIOD_TO, "validation.required");
        }
        if (to.isBefore(from)) {
            throw BusinessException.atField(RequestDetails.PERIOD_TO, "request.period.order");
        }
        LocalDate due = d.getDueOn() == null ? rules.dueDate(kind, today) : d.getDueOn();
        if (due.isBefore(today)) {
            throw BusinessException.atField(RequestDetails.DUE_ON, "request.dueOn.past");
        }
        RequestBasis basis = consentedTypes(caseId).contains(agency.getType()) ? RequestBasis.CONSENT
                : RequestBasis.LEGAL_BASIS;
        String legalBasis = d.getLegalBasis() == null ? "" : d.getLegalBasis().strip();
        if (basis == RequestBasis.LEGAL_BASIS && legalBasis.length() < InformationRequest.LEGAL_BASIS_MIN) {
            throw BusinessException.atField(RequestDetails.LEGAL_BASIS, "request.basis.needed",
                    new MessageKey(agency.getType().messageKey()), InformationRequest.LEGAL_BASIS_MIN);
        }
        if (legalBasis.length() > InformationRequest.LEGAL_BASIS_MAX) {
            throw BusinessException.atField(RequestDetails.LEGAL_BASIS, "validation.maxLength",
                    InformationRequest.LEGAL_BASIS_MAX);
        }
        RequestSender sender = new RequestSender(clock.instant(), me.getUsername(), me.getFullName(), me.getEmail(),
                ctx.teamAgencyName());
        InformationRequest r = requests.saveAndFlush(new InformationRequest(caseId, ctx.familyId(), ctx.familyName(),
                subject, agency, kind, questions, text, from, to, due, sender, basis, legalBasis, schedule));
        sharing.takePart(caseId, agency.getId(), CaseParticipant.Reason.INFORMATION_REQUEST);
        requestEvents.publish(RequestActivity.Kind.SENT, r, me);
        return r;
    }

    /** Whether the signed-in user may send requests about the case (its curator or a supervisor, while it is open). */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public boolean maySend(long caseId) {
        return cases.contextsIfAllowed(List.of(caseId), CaseOperation.EDIT_CASE).values().stream()
                .anyMatch(ctx -> ctx.stage().isOpen());
    }

    /** The case's requests, newest first, for those who may read the case's internal records. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<RequestRow> ofCase(long caseId) {
        cases.context(caseId, CaseOperation.READ_INTERNAL);
        LocalDate today = LocalDate.now(clock);
        return requests.ofCase(caseId).stream().map(r -> row(r, today, clock.getZone())).toList();
    }

    /** The curator answers the agency's clarifying question; the thread stays on the request. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public RequestNote reply(long requestId, String text) {
        InformationRequest r = access.request(requestId);
        access.caseWork(r);
        UserAccount me = access.me();
        RequestNote note = notes.saveAndFlush(new RequestNote(r, RequestNote.Kind.REPLY, text, clock.instant(), me.getUsername(),
                me.getFullName()));
        requestEvents.publish(RequestActivity.Kind.REPLY, r, me);
        return note;
    }

    /**
     * Shares a submitted answer with another agency taking part in the case, if the family's consent
     * covers that agency's type; it reads the answer while it may see the case.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public AnswerShare share(long requestId, long agencyId) {
        InformationRequest r = access.request(requestId);
        access.caseWork(r);
        if (r.getStatus() != RequestStatus.ANSWERED) {
            throw new BusinessException("request.share.notAnswered");
        }
        CaseSharing caseSharing = sharing.caseSharing(r.getCaseId());
        CaseSharing.Participant participant = caseSharing.participants().stream()
                .filter(p -> p.agencyId() == agencyId && p.reason() != CaseParticipant.Reason.INFORMATION_REQUEST)
                .findFirst()
                .orElseThrow(() -> BusinessException.atField(RequestDetails.AGENCY, "request.share.notTakingPart"));
        if (participant.sharing() != CaseSharing.Sharing.CONSENT) {
            throw BusinessException.atField(RequestDetails.AGENCY, "request.share.noConsent",
                    new MessageKey(participant.type().messageKey()));
        }
        if (shares.existsByRequestIdAndAgencyId(requestId, agencyId)) {
            throw BusinessException.atField(RequestDetails.AGENCY, "request.share.already");
        }
        Agency agency = agencies.all().stream().filter(a -> a.getId() == agencyId).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        return shares.saveAndFlush(new AnswerShare(r, agency, clock.instant(), access.me().getUsername()));
    }

    /** The agencies taking part in the request's case (other than the one that answered) an answer could be shared with, by id. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Map<Long, String> shareTargets(long requestId) {
        InformationRequest r = access.request(requestId);
        access.caseWork(r);
        Map<Long, String> out = new LinkedHashMap<>();
        sharing.caseSharing(r.getCaseId()).participants().stream()
                .filter(p -> p.reason().opensCase() && p.agencyId() != r.getAgency().getId())
                .forEach(p -> out.put(p.agencyId(), p.agencyName()));
        return out;
    }

    /** A supervisor of the team has looked at the legal basis a request was sent on. */
    @RolesAllowed(AppRoles.SUPERVISOR)
    @Transactional
    public InformationRequest reviewBasis(long requestId) {
        InformationRequest r = access.request(requestId);
        cases.context(r.getCaseId(), CaseOperation.DECIDE);
        r.reviewBasis(clock.instant(), access.me().getUsername());
        return requests.saveAndFlush(r);
    }

    /**
     * The cases of the supervisor's team with a request sent on a legal basis that no supervisor has
     * reviewed yet, one entry per request, with the day it was sent.
     */
    @RolesAllowed(AppRoles.SUPERVISOR)
    public List<DueCase> basesToReview() {
        List<Long> caseIds = requests.casesWithUnreviewedBasis();
        Map<Long, CaseContext> mine = cases.contextsIfAllowed(caseIds, CaseOperation.DECIDE);
        return mine.isEmpty() ? List.of() : requests.unreviewedBasesOf(mine.keySet()).stream()
                .map(r -> new DueCase(r.getCaseId(), r.getFamilyName(), mine.get(r.getCaseId()).stage(),
                        LocalDate.ofInstant(r.getSender().getSentAt(), clock.getZone())))
                .toList();
    }

    static RequestRow row(InformationRequest r, LocalDate today, ZoneId zone) {
        return new RequestRow(r.getId(), r.getKind(), r.getSubject().getName(), r.getAgency().getName(),
                r.getSender().getFullName(), r.getSender().getTeam(),
                LocalDate.ofInstant(r.getSender().getSentAt(), zone), r.getPeriodFrom(),
                r.getPeriodTo(), r.getDueOn(), r.getStatus(), r.isOverdue(today), r.getSchedule().getRepeat(),
                r.getBasis(), r.getBasisReviewedAt() != null);
    }

    private Set<AgencyType> consentedTypes(long caseId) {
        Set<AgencyType> out = EnumSet.noneOf(AgencyType.class);
        for (CaseSharing.Consent k : sharing.caseSharing(caseId).consents()) {
            if (k.validToday()) {
                out.addAll(k.agencyTypes());
            }
        }
        return out;
    }

    private Agency agency(Long agencyId, RequestKind kind) {
        if (agencyId == null) {
            throw BusinessException.atField(RequestDetails.AGENCY, "validation.required");
        }
        Agency agency = agencies.all().stream().filter(a -> a.getId() == agencyId.longValue()).findFirst()
                .orElseThrow(() -> BusinessException.atField(RequestDetails.AGENCY, "validation.required"));
        if (!kind.fits(agency.getType())) {
            throw BusinessException.atField(RequestDetails.AGENCY, "request.agency.wrongType",
                    new MessageKey(kind.messageKey()), new MessageKey(agency.getType().messageKey()));
        }
        return agency;
    }

    private RequestSubject subject(CaseContext ctx, Long memberId, RequestKind kind) {
        if (memberId == null) {
            if (kind == RequestKind.SCHOOL_CHARACTERISATION) {
                throw BusinessException.atField(RequestDetails.MEMBER, "request.member.childRequired");
            }
            return new RequestSubject(null, ctx.familyName(), null, null);
        }
        Family family = families.get(ctx.familyId()).orElseThrow(RecordNotFoundException::new);
        FamilyMember m = family.getMembers().stream().filter(x -> x.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> BusinessException.atField(RequestDetails.MEMBER, "request.member.notInFamily"));
        if (kind == RequestKind.SCHOOL_CHARACTERISATION && !m.isChild()) {
            throw BusinessException.atField(RequestDetails.MEMBER, "request.member.childRequired");
        }
        return new RequestSubject(m.getId(), m.getFullName(), m.getBirthDate(), m.getSchoolClass());
    }

    private RequestSchedule schedule(long caseId, RequestDetails d) {
        String goalKey = d.getGoalKey() == null || d.getGoalKey().isBlank() ? null : d.getGoalKey();
        var plan = plans.current(caseId);
        if (goalKey != null && plan.stream().flatMap(p -> p.goals().stream()).noneMatch(g -> g.key().equals(goalKey))) {
            throw BusinessException.atField(RequestDetails.GOAL, "request.goal.unknown");
        }
        if (d.getRepeat() == Repeat.NONE) {
            return RequestSchedule.once(goalKey);
        }
        LocalDate until = d.isUntilPlanEnds() ? plan.map(p -> p.endsOn()).orElseThrow(
                () -> BusinessException.atField(RequestDetails.REPEAT_UNTIL, "request.repeat.noPlan")) : d.getRepeatUntil();
        if (until == null) {
            throw BusinessException.atField(RequestDetails.REPEAT_UNTIL, "validation.required");
        }
        if (d.getPeriodFrom() != null && until.isBefore(d.getPeriodFrom())) {
            throw BusinessException.atField(RequestDetails.REPEAT_UNTIL, "request.repeat.untilBeforeStart");
        }
        return new RequestSchedule(d.getRepeat(), until, goalKey, null);
    }
}
