package org.consilium.assessment;

import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.AuditEvent;
import org.consilium.base.BusinessException;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Where every assessment service starts (decision 0024): assessments are internal records of social
 * services, so reading them needs {@link CaseOperation#READ_INTERNAL} (the case's curator, the curators
 * and supervisors of its team) and writing them {@link CaseOperation#EDIT_CASE} (the case's curator and
 * the team's supervisors). Partner agencies and the family are refused, and the refusal is recorded in
 * the audit log by {@link CaseService}. Reads are recorded here.
 */
@Component
class AssessmentAccess {

    private final CaseService cases;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;

    AssessmentAccess(CaseService cases, UserAccountService accounts, ApplicationEventPublisher events) {
        this.cases = cases;
        this.accounts = accounts;
        this.events = events;
    }

    UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The case, if the user may read its assessment records; otherwise the refusal is recorded. */
    CaseContext toRead(long caseId) {
        return cases.context(caseId, CaseOperation.READ_INTERNAL);
    }

    /** The case, if the user may write its assessment records; otherwise the refusal is recorded. */
    CaseContext toWrite(long caseId) {
        return cases.context(caseId, CaseOperation.EDIT_CASE);
    }

    /**
     * The case, if the user may write its assessment records and the case is still open; a closed case
     * is refused with the part's own message {@code closedKey}.
     */
    CaseContext toWriteWhileOpen(long caseId, String closedKey) {
        CaseContext ctx = toWrite(caseId);
        if (!ctx.stage().isOpen()) {
            throw new BusinessException(closedKey);
        }
        return ctx;
    }

    /** Whether the reader may write the case's assessment records now: may change the case, and it is open. */
    static boolean writable(CaseContext ctx) {
        return ctx.may(CaseOperation.EDIT_CASE) && ctx.stage().isOpen();
    }

    /** Keeps a reading of an assessment record in the audit log ({@code entityType}: "assessment", "housing-act", …). */
    void recordViewed(CaseContext ctx, String entityType, long entityId) {
        events.publishEvent(AuditEvent.viewed(entityType, entityId, ctx.familyId(), ctx.familyName(), ctx.caseId()));
    }
}
