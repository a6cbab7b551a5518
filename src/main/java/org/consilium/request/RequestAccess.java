package org.consilium.request;

import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.agency.AgencyType;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.base.MessageKey;
import org.consilium.base.RecordNotFoundException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a request. Social services act through the case's access policy: sending and
 * replying need what changing the case needs (the case's curator, the team's supervisors); reading a
 * request and its answer needs what reading the case's internal records needs. The addressed agency's
 * staff, with the role of that kind of agency, see the request's own fields and answer it; the case
 * stays closed to them. An agency the curator shared an answer with reads that answer while it may see
 * the case. Refusals are kept in the audit log.
 */
@Component
class RequestAccess {

    private final RequestRepository requests;
    private final AnswerShareRepository shares;
    private final CaseService cases;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;

    RequestAccess(RequestRepository requests, AnswerShareRepository shares, CaseService cases,
                  UserAccountService accounts, ApplicationEventPublisher events) {
        this.requests = requests;
        this.shares = shares;
        this.cases = cases;
        this.accounts = accounts;
        this.events = events;
    }

    UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    InformationRequest request(long id) {
        return requests.findWithAgencyById(id).orElseThrow(RecordNotFoundException::new);
    }

    static boolean isSocialServices(UserAccount me) {
        return me.getRoles().contains(AppRoles.CURATOR) || me.getRoles().contains(AppRoles.SUPERVISOR);
    }

    /** The case, if the user may send requests about it and it is open. */
    CaseContext toSend(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.EDIT_CASE);
        if (!ctx.stage().isOpen()) {
            throw new BusinessException("request.caseClosed", new MessageKey(ctx.stage().messageKey()));
        }
        return ctx;
    }

    /** The request's case, if the user is of social services and may read the case's internal records. */
    CaseContext socialServices(InformationRequest r) {
        return cases.context(r.getCaseId(), CaseOperation.READ_INTERNAL);
    }

    /** Whether the user may still read the request, asked quietly (nothing recorded): for a page told it changed. */
    boolean mayRead(UserAccount me, InformationRequest r) {
        if (isAddressee(me, r)) {
            return true;
        }
        if (isSocialServices(me)) {
            return !cases.contextsIfAllowed(List.of(r.getCaseId()), CaseOperation.READ_INTERNAL).isEmpty();
        }
        return sharedWithMe(me, r);
    }

    /** The request's case, if the user may change it (reply, share an answer). */
    CaseContext caseWork(InformationRequest r) {
        return cases.context(r.getCaseId(), CaseOperation.EDIT_CASE);
    }

    /** Whether the user works at the addressed agency with the role of that kind of agency. */
    static boolean isAddressee(UserAccount me, InformationRequest r) {
        if (me.getAgency() == null || !me.getAgency().getId().equals(r.getAgency().getId())) {
            return false;
        }
        AgencyType type = r.getAgency().getType();
        return switch (type) {
            case SCHOOL -> me.getRoles().contains(AppRoles.SCHOOL);
            case POLICE -> me.getRoles().contains(AppRoles.POLICE);
            case HEALTH -> me.getRoles().contains(AppRoles.HEALTH);
            case OTHER -> me.getRoles().stream().anyMatch(AppRoles.PARTNERS::contains);
            case SOCIAL_SERVICES -> false;
        };
    }

    /** Lets the addressee go on; anyone else is refused, and the refusal is recorded. */
    void requireAddressee(UserAccount me, InformationRequest r, String operation) {
        if (!isAddressee(me, r)) {
            refuse(r, operation);
        }
    }

    /** Whether the user's agency was given this request's answer by the curator and may see the case now. */
    boolean sharedWithMe(UserAccount me, InformationRequest r) {
        if (me.getAgency() == null || r.getStatus() != RequestStatus.ANSWERED
                || !shares.existsByRequestIdAndAgencyId(r.getId(), me.getAgency().getId())) {
            return false;
        }
        return !cases.contextsIfAllowed(List.of(r.getCaseId()), CaseOperation.READ_SHARED).isEmpty();
    }

    AccessDeniedException refuse(InformationRequest r, String operation) {
        events.publishEvent(AuditEvent.deniedOn("information-request", r.getId(), r.getFamilyId(), r.getFamilyName(),
                r.getCaseId(), operation));
        throw new AccessDeniedException("Not allowed to " + operation + " this request");
    }

    void recordOpening(InformationRequest r) {
        events.publishEvent(AuditEvent.viewed("information-request", r.getId(), r.getFamilyId(), r.getFamilyName(),
                r.getCaseId()));
    }
}
