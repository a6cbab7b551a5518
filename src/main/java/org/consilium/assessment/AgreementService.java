package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.attachment.Attachment;
import org.consilium.attachment.Attachments;
import org.consilium.attachment.StoredFile;
import org.consilium.base.AuditEvent;
import org.consilium.base.EditConflictException;
import org.consilium.base.EditGuard;
import org.consilium.base.RecordNotFoundException;
import org.consilium.base.StaffNames;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's cooperation agreements (decision 0026): read by social-services staff of the case (each
 * reading and each download of a scan is kept in the audit log); recorded, withdrawn and given their
 * scans by its curator or the team's supervisors. A new agreement needs an open case; a withdrawal and
 * a scan may be recorded after the case is closed, since they record what happened on paper.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /** How the audit log and the attachments name an agreement. */
    static final String ENTITY = "cooperation-agreement";
    /** How the audit log names the download of an agreement's scan. */
    static final String SCAN_EXPORT = "cooperation-agreement-scan";

    private final AssessmentAccess access;
    private final AgreementRepository agreements;
    private final CooperationMembers members;
    private final Attachments attachments;
    private final EditGuard guard;
    private final StaffNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(AssessmentAccess access, AgreementRepository agreements, CooperationMembers members,
                     Attachments attachments, EditGuard guard, StaffNames names, ApplicationEventPublisher events,
                     Clock clock) {
        this.access = access;
        this.agreements = agreements;
        this.members = members;
        this.attachments = attachments;
        this.guard = guard;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    /** The case's agreements, the latest first, with their scans; each reading is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public AgreementSheet sheet(long caseId) {
        CaseContext ctx = access.toRead(caseId);
        LocalDate today = LocalDate.now(clock);
        List<AgreementSheet.Agreement> list = agreements.findByCaseIdOrderByNumberDesc(caseId).stream().map(a -> {
            access.recordViewed(ctx, ENTITY, a.getId());
            return entry(a, today);
        }).toList();
        boolean write = ctx.may(CaseOperation.EDIT_CASE);
        boolean noneInForce = list.stream().noneMatch(a -> a.status() == AgreementStatus.IN_FORCE);
        return new AgreementSheet(caseId, write && ctx.stage().isOpen() && noneInForce, write, list);
    }

    /**
     * Whether the case has an agreement in force today: for the rest of the assessment and the plan's
     * work, which need the family's agreement before they go on.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public boolean agreementInForce(long caseId) {
        access.toRead(caseId);
        LocalDate today = LocalDate.now(clock);
        return agreements.findByCaseIdOrderByNumberDesc(caseId).stream().anyMatch(a -> a.inForceOn(today));
    }

    /** The adult members of the case's family today, who may sign an agreement. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<CooperationMember> signers(long caseId) {
        LocalDate today = LocalDate.now(clock);
        return members.of(access.toWrite(caseId).familyId()).stream().filter(m -> m.adultOn(today)).toList();
    }

    /** Records an agreement signed on paper, while the case is open and no other agreement is in force. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public CooperationAgreement sign(long caseId, AgreementDetails details) {
        UserAccount me = access.me();
        CaseContext ctx = access.toWriteWhileOpen(caseId, "case.closed");
        CooperationMember signer = members.find(ctx.familyId(), details.getSignerId()).orElse(null);
        CooperationAgreement a = CooperationAgreement.sign(caseId, ctx.familyId(), details, signer,
                agreements.findByCaseIdOrderByNumberDesc(caseId), LocalDate.now(clock), clock.instant(), me.getUsername());
        try {
            return agreements.saveAndFlush(a);
        } catch (DataIntegrityViolationException e) {
            // Another agreement of the case was recorded between the checks above and this insert.
            throw new EditConflictException(null, null);
        }
    }

    /** Records the family's withdrawal from an agreement, if it is still at the version the user opened. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public CooperationAgreement withdraw(long caseId, long agreementId, long version, AgreementWithdrawalDetails details) {
        UserAccount me = access.me();
        access.toWrite(caseId);
        CooperationAgreement a = guard.atVersion(ofCase(caseId, agreementId), version);
        a.withdraw(details, LocalDate.now(clock), clock.instant(), me.getUsername());
        return guard.flush(a);
    }

    /** Attaches a scan of the signed paper to an agreement; the file is checked by content, size and name. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    @Transactional
    public Attachment attachScan(long caseId, long agreementId, String originalName, InputStream content) {
        UserAccount me = access.me();
        access.toWrite(caseId);
        CooperationAgreement a = ofCase(caseId, agreementId);
        return attachments.store(ENTITY, a.getId(), originalName, content, me.getUsername());
    }

    /** A scan of an agreement, for those who may read the case's assessment; the download is kept in the audit log. */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public StoredFile downloadScan(long caseId, long agreementId, long attachmentId) {
        CaseContext ctx = access.toRead(caseId);
        CooperationAgreement a = ofCase(caseId, agreementId);
        events.publishEvent(new AuditEvent(AuditEvent.Action.EXPORT, SCAN_EXPORT, a.getId(), ctx.familyId(),
                ctx.familyName(), ctx.caseId(), String.valueOf(attachmentId)));
        return attachments.open(attachmentId, ENTITY, a.getId());
    }

    /** The agreement, if it belongs to the case whose access was checked; otherwise there is none. */
    private CooperationAgreement ofCase(long caseId, long agreementId) {
        return agreements.findById(agreementId).filter(a -> a.getCaseId() == caseId)
                .orElseThrow(RecordNotFoundException::new);
    }

    private AgreementSheet.Agreement entry(CooperationAgreement a, LocalDate today) {
        return new AgreementSheet.Agreement(a.getId(), a.getVersion(), a.getNumber(), a.statusOn(today), a.getSignedOn(),
                a.getSignerMemberId(), a.getSignerName(), a.getFamilyUndertakes(), a.getServiceUndertakes(),
                a.getValidUntil(), a.getRecordedAt(), names.fullName(a.getRecordedBy()), a.getWithdrawnOn(),
                a.getWithdrawalReason(),
                a.getWithdrawalRecordedBy() == null ? null : names.fullName(a.getWithdrawalRecordedBy()),
                attachments.of(ENTITY, a.getId()));
    }
}
