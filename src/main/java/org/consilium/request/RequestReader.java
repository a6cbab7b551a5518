package org.consilium.request;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.account.UserAccount;
import org.consilium.attachment.Attachments;
import org.consilium.attachment.StoredFile;
import org.consilium.base.AuditEvent;
import org.consilium.base.StaffNames;
import org.consilium.calendar.WorkingDays;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.plan.PlanReader;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's page as its reader may see it (the addressed agency, the case's social services, an
 * agency the answer was shared with), and the answer as a printable PDF. Every opening and every PDF
 * is kept in the audit log; anyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class RequestReader {

    /** How a request's attachments name their owner. */
    static final String ATTACHMENTS = "information-request";

    private final RequestAccess access;
    private final RequestNoteRepository notes;
    private final AnswerShareRepository shares;
    private final StaffNames names;
    private final WorkingDays workingDays;
    private final PlanReader plans;
    private final AnswerPdf pdf;
    private final ApplicationEventPublisher events;
    private final Attachments attachments;
    private final Clock clock;

    RequestReader(RequestAccess access, RequestNoteRepository notes, AnswerShareRepository shares, StaffNames names,
                  WorkingDays workingDays, PlanReader plans, AnswerPdf pdf, ApplicationEventPublisher events,
                  Attachments attachments, Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.notes = notes;
        this.shares = shares;
        this.names = names;
        this.workingDays = workingDays;
        this.plans = plans;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    /** The request as the signed-in user may see it; the opening is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public RequestSheet sheet(long requestId) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        RequestSheet sheet = sheet(me, r);
        access.recordOpening(r);
        return sheet;
    }

    /** Whether the signed-in user may still read the request, asked quietly: for a page told it changed. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public boolean mayRead(long requestId) {
        return access.mayRead(access.me(), access.request(requestId));
    }

    /**
     * The answer as a PDF in the reader's language (a school's characterisation in its usual layout),
     * for those who may read the answer; the export is kept in the audit log.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public byte[] pdf(long requestId, Locale locale) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        RequestSheet sheet = sheet(me, r);
        if (!sheet.allowed().readAnswer() || sheet.status() != RequestStatus.ANSWERED) {
            throw access.refuse(r, "PDF");
        }
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, "information-request-pdf", r.getId(),
                r.getFamilyId(), r.getFamilyName(), r.getCaseId(), null));
        return pdf.render(sheet, locale);
    }

    /**
     * A file attached to the request's answer, for those who may read the answer (the addressee at any
     * time, others once it is submitted); the download is kept in the audit log.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public StoredFile download(long requestId, long attachmentId) {
        UserAccount me = access.me();
        InformationRequest r = access.request(requestId);
        if (!sheet(me, r).allowed().readAnswer()) {
            throw access.refuse(r, "DOWNLOAD");
        }
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, "information-request-attachment", r.getId(),
                r.getFamilyId(), r.getFamilyName(), r.getCaseId(), String.valueOf(attachmentId)));
        return attachments.open(attachmentId, ATTACHMENTS, r.getId());
    }

    private RequestSheet sheet(UserAccount me, InformationRequest r) {
        LocalDate today = LocalDate.now(clock);
        boolean addressee = RequestAccess.isAddressee(me, r);
        CaseContext ctx = null;
        if (!addressee) {
            if (RequestAccess.isSocialServices(me)) {
                ctx = access.socialServices(r);
            } else if (!access.sharedWithMe(me, r)) {
                throw access.refuse(r, "READ");
            }
        }
        boolean shared = !addressee && ctx == null;
        boolean social = ctx != null;
        boolean open = r.getStatus().isOpen();
        RequestSheet.Allowed allowed = new RequestSheet.Allowed(addressee && open,
                addressee && r.getStatus() == RequestStatus.ANSWERED, addressee && open,
                social && ctx.may(CaseOperation.EDIT_CASE),
                social && ctx.may(CaseOperation.EDIT_CASE) && r.getStatus() == RequestStatus.ANSWERED,
                social && ctx.may(CaseOperation.DECIDE) && me.getRoles().contains(AppRoles.SUPERVISOR)
                        && r.getBasis() == RequestBasis.LEGAL_BASIS && r.getBasisReviewedAt() == null,
                addressee || r.getStatus() == RequestStatus.ANSWERED, social);
        List<RequestSheet.Note> thread = notes.ofRequest(r.getId()).stream()
                .filter(n -> !shared || n.getKind() == RequestNote.Kind.ADDENDUM)
                .map(n -> new RequestSheet.Note(n.getKind(), n.getText(), n.getWrittenAt(), n.getWrittenByName()))
                .toList();
        String goal = !social || r.getSchedule().getGoalKey() == null ? null : plans.current(r.getCaseId()).stream()
                .flatMap(p -> p.goals().stream()).filter(g -> g.key().equals(r.getSchedule().getGoalKey()))
                .map(g -> g.statement()).findFirst().orElse(null);
        boolean answerVisible = addressee || r.getStatus() == RequestStatus.ANSWERED;
        Map<AnswerField, String> answer = answerVisible ? r.getAnswer() : Map.of();
        RequestSubject s = r.getSubject();
        return new RequestSheet(r.getId(), r.getVersion(), r.getKind(),
                new RequestSheet.Subject(s.getName(), s.getBirthDate(), s.getSchoolClass(), s.getMemberId() == null),
                r.getQuestions(), r.getQuestionsText(), r.getPeriodFrom(), r.getPeriodTo(),
                workingDays.countWorkingDays(r.getPeriodFrom(), r.getPeriodTo()), r.getDueOn(),
                r.getSender().getSentAt(), r.getSender().getFullName(), r.getSender().getTeam(),
                r.getSender().getEmail(), r.getAgency().getName(), r.getStatus(), r.isOverdue(today),
                r.getAssignee() == null ? null : names.fullName(r.getAssignee()),
                social ? r.getCaseId() : null, social ? r.getFamilyName() : null, r.getBasis(),
                social ? r.getLegalBasis() : null, social ? r.getBasisReviewedAt() : null,
                r.getSchedule().getRepeat(), r.getSchedule().getUntil(), goal, answer, r.getAnsweredAt(),
                r.getAnsweredBy() == null ? null : names.fullName(r.getAnsweredBy()), r.getDeclineReason(),
                r.getDeclinedAt(), thread,
                social ? shares.ofRequest(r.getId()).stream().map(x -> x.getAgency().getName()).toList() : List.of(),
                answerVisible ? attachments.of(ATTACHMENTS, r.getId()) : List.of(), allowed);
    }
}
