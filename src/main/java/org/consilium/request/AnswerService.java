package org.consilium.request;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.account.UserAccountService.StaffMember;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.Attachments;
import org.consilium.base.BusinessException;
import org.consilium.base.EditGuard;
import org.consilium.base.MessageKey;
import org.consilium.calendar.WorkingDays;
import org.consilium.plan.GoalIndicatorReported;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The addressed agency's side of information requests: its requests to answer (overdue first), a
 * draft answer, submitting it (read-only from then on; corrections are addenda), declining with a
 * reason, asking the curator a clarifying question, and handing the request to a colleague. Any user
 * of the agency with the role of that kind of agency may do each. A submitted report of a request
 * linked to a plan goal feeds the goal's series.
 */
@Service
@Transactional(readOnly = true)
public class AnswerService {

    /** The indicator a school's days missed are reported as on a plan goal. */
    public static final String DAYS_MISSED = "request.indicator.daysMissed";
    /** How a goal's reading names the request it came from. */
    static final String SOURCE = "information-request";

    private static final EnumSet<RequestStatus> OPEN = EnumSet.of(RequestStatus.SENT, RequestStatus.IN_PROGRESS);

    private final RequestRepository requests;
    private final RequestNoteRepository notes;
    private final RequestAccess access;
    private final UserAccountService accounts;
    private final WorkingDays workingDays;
    private final EditGuard guard;
    private final ApplicationEventPublisher events;
    private final Attachments attachments;
    private final Clock clock;
    private final RequestEvents requestEvents;

    AnswerService(RequestRepository requests, RequestNoteRepository notes, RequestAccess access,
                  UserAccountService accounts, WorkingDays workingDays, EditGuard guard,
                  ApplicationEventPublisher events, Attachments attachments, Clock clock, RequestEvents requestEvents) {
        this.requestEvents = requestEvents;
        this.attachments = attachments;
        this.requests = requests;
        this.notes = notes;
        this.access = access;
        this.accounts = accounts;
        this.workingDays = workingDays;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** How many requests the signed-in user's agency has to answer, and how many of them are overdue. */
    public record ToAnswer(long open, long overdue) {
    }

    /** The open requests to the signed-in user's agency that they may answer: overdue first, then by due date. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<RequestRow> toAnswer() {
        UserAccount me = access.me();
        if (me.getAgency() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return requests.toAgency(me.getAgency().getId(), OPEN).stream()
                .filter(r -> RequestAccess.isAddressee(me, r))
                .map(r -> RequestService.row(r, today, clock.getZone()))
                .sorted(Comparator.comparing((RequestRow r) -> !r.overdue()).thenComparing(RequestRow::dueOn))
                .toList();
    }

    /** The requests the agency answered or declined, newest first. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<RequestRow> done() {
        UserAccount me = access.me();
        if (me.getAgency() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return requests.toAgency(me.getAgency().getId(), EnumSet.of(RequestStatus.ANSWERED, RequestStatus.DECLINED))
                .stream().filter(r -> RequestAccess.isAddressee(me, r))
                .map(r -> RequestService.row(r, today, clock.getZone()))
                .sorted(Comparator.comparing(RequestRow::dueOn).reversed()).toList();
    }

    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public ToAnswer counts() {
        List<RequestRow> open = toAnswer();
        return new ToAnswer(open.size(), open.stream().filter(RequestRow::overdue).count());
    }

    /** Keeps the answer typed so far; it stays editable and the curator does not see it yet. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public InformationRequest saveDraft(long requestId, long version, Map<AnswerField, String> values) {
        InformationRequest r = toAnswer(requestId, version, "ANSWER");
        r.saveDraft(Answers.check(r.getKind(), values, schoolDays(r), false));
        guard.flush(r);
        requestEvents.publish(RequestActivity.Kind.SAVED, r, access.me());
        return r;
    }

    /**
     * Submits the answer: read-only from now on. A report of a request linked to a plan goal gives the
     * goal its days missed for the period.
     */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public InformationRequest submit(long requestId, long version, Map<AnswerField, String> values) {
        InformationRequest r = toAnswer(requestId, version, "ANSWER");
        UserAccount me = access.me();
        Map<AnswerField, String> checked = Answers.check(r.getKind(), values, schoolDays(r), true);
        r.submit(checked, clock.instant(), me.getUsername());
        InformationRequest saved = guard.flush(r);
        requestEvents.publish(RequestActivity.Kind.ANSWERED, r, me);
        Integer missed = Answers.daysMissed(checked);
        if (r.getSchedule().getGoalKey() != null && missed != null) {
            events.publishEvent(new GoalIndicatorReported(r.getCaseId(), r.getSchedule().getGoalKey(), DAYS_MISSED,
                    r.getPeriodFrom(), r.getPeriodTo(), BigDecimal.valueOf(missed), SOURCE, r.getId()));
        }
        return saved;
    }

    /** Declines the request, saying why; the curator sees the reason. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public InformationRequest decline(long requestId, long version, String reason) {
        InformationRequest r = toAnswer(requestId, version, "DECLINE");
        r.decline(reason, clock.instant(), access.me().getUsername());
        guard.flush(r);
        requestEvents.publish(RequestActivity.Kind.DECLINED, r, access.me());
        return r;
    }

    /** Asks the curator a clarifying question; it stays on the request with the curator's reply. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public RequestNote ask(long requestId, String text) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        access.requireAddressee(me, r, "ASK");
        RequestNote note = notes.saveAndFlush(new RequestNote(r, RequestNote.Kind.QUESTION, text, clock.instant(),
                me.getUsername(), me.getFullName()));
        r.questionAsked();
        requestEvents.publish(RequestActivity.Kind.QUESTION, r, me);
        return note;
    }

    /** Corrects or completes a submitted answer; the answer itself stays as it was submitted. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public RequestNote addendum(long requestId, String text) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        access.requireAddressee(me, r, "ADDENDUM");
        if (r.getStatus() != RequestStatus.ANSWERED) {
            throw new BusinessException("request.addendum.notAnswered");
        }
        RequestNote note = notes.saveAndFlush(new RequestNote(r, RequestNote.Kind.ADDENDUM, text, clock.instant(),
                me.getUsername(), me.getFullName()));
        requestEvents.publish(RequestActivity.Kind.ADDENDUM, r, me);
        return note;
    }

    /** The colleagues the request can be handed to: the agency's active users with the right role. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public List<StaffMember> colleagues(long requestId) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        access.requireAddressee(me, r, "HAND_OVER");
        return AppRoles.PARTNERS.stream().filter(me.getRoles()::contains).findFirst()
                .map(accounts::colleaguesWithRole).orElse(List.of()).stream()
                .filter(s -> s.id() != me.getId()).toList();
    }

    /** Hands the request to a colleague of the same agency, who finds it marked as theirs. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public InformationRequest handTo(long requestId, long version, long colleagueId) {
        InformationRequest r = toAnswer(requestId, version, "HAND_OVER");
        UserAccount colleague = accounts.colleague(colleagueId).filter(c -> RequestAccess.isAddressee(c, r))
                .orElseThrow(() -> BusinessException.atField(HandOverDetails.COLLEAGUE, "request.handOver.notColleague"));
        r.handTo(colleague.getUsername());
        guard.flush(r);
        requestEvents.publish(RequestActivity.Kind.HANDED_OVER, r, access.me());
        return r;
    }

    /**
     * Attaches a file to the agency's answer: to a draft while the request is open, or to an addendum
     * once it is answered. The file is checked by content, size and name (decision 0017).
     */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    @Transactional
    public Attachment attach(long requestId, String originalName, InputStream content) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        access.requireAddressee(me, r, "ATTACH");
        if (r.getStatus() == RequestStatus.DECLINED) {
            throw new BusinessException("request.notOpen", new MessageKey(r.getStatus().messageKey()));
        }
        return attachments.store(RequestReader.ATTACHMENTS, r.getId(), originalName, content, me.getUsername());
    }

    private InformationRequest toAnswer(long requestId, long version, String operation) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        access.requireAddressee(me, r, operation);
        return guard.atVersion(r, version);
    }

    private int schoolDays(InformationRequest r) {
        return workingDays.countWorkingDays(r.getPeriodFrom(), r.getPeriodTo());
    }
}
