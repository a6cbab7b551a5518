package org.consilium.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consilium.base.AuditEvent;
import org.consilium.casefile.CaseContext;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of a case's assessment: a brief for the case page, whether an assessment
 * is completed (a plan rests on one), the needs and strengths found (offered for plan goals), and the
 * summary shared with the family — each to those the access rules allow (decision 0024).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSummaries {

    private final AssessmentRepository assessments;
    private final CaseService cases;
    private final ApplicationEventPublisher events;

    AssessmentSummaries(AssessmentRepository assessments, CaseService cases, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.cases = cases;
        this.events = events;
    }

    /** The state of a case's assessment in brief. */
    public record Brief(int number, AssessmentKind kind, AssessmentStatus status, long assessed, int domains,
                        ChildSafety safety, boolean anyCompleted) {
    }

    /** A need or a strength found in a domain, offered when a plan goal is written. */
    public record FindingOption(String reference, int assessmentNumber, Domain domain, boolean strength, String text) {
    }

    /** The summary the curator shared with the family. */
    public record SharedSummary(String text, Instant sharedAt, String sharedBy) {
    }

    /**
     * The brief of the case's latest assessment, for a reader who may read internal records of the case
     * (otherwise empty, and nothing is recorded); empty as well before any assessment is started.
     */
    @PermitAll
    public Optional<Brief> brief(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return Optional.empty();
        }
        List<Assessment> all = assessments.findByCaseIdOrderByNumberAsc(caseId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Assessment a = all.get(all.size() - 1);
        return Optional.of(new Brief(a.getNumber(), a.getKind(), a.getStatus(),
                a.getFindings().stream().filter(DomainFinding::isAssessed).count(), Domain.values().length, a.getSafety(),
                all.stream().anyMatch(x -> x.getStatus() == AssessmentStatus.COMPLETED)));
    }

    /**
     * Whether the case has a completed assessment (the initial one comes first), for those who may read
     * its internal records: a fact for the plan's rules.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public boolean hasCompleted(long caseId) {
        cases.context(caseId, CaseOperation.READ_INTERNAL);
        return assessments.findByCaseIdOrderByNumberAsc(caseId).stream()
                .anyMatch(a -> a.getStatus() == AssessmentStatus.COMPLETED);
    }

    /**
     * The needs and strengths of the case's latest completed assessment, domain by domain, for those who
     * may read its internal records; the reference names the finding so that a goal can cite it.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<FindingOption> findingsForGoals(long caseId) {
        CaseContext ctx = cases.context(caseId, CaseOperation.READ_INTERNAL);
        Optional<Assessment> latest = assessments.findByCaseIdOrderByNumberAsc(caseId).stream()
                .filter(a -> a.getStatus() == AssessmentStatus.COMPLETED).reduce((x, y) -> y);
        if (latest.isEmpty()) {
            return List.of();
        }
        Assessment a = latest.get();
        events.publishEvent(AuditEvent.viewed("assessment", a.getId(), ctx.familyId(), ctx.familyName(), caseId));
        List<FindingOption> out = new ArrayList<>();
        a.getFindings().stream().sorted(Comparator.comparing(DomainFinding::getDomain)).forEach(f -> {
            if (f.getNeeds() != null) {
                out.add(new FindingOption(reference(a, f, false), a.getNumber(), f.getDomain(), false, f.getNeeds()));
            }
            if (f.getStrengths() != null) {
                out.add(new FindingOption(reference(a, f, true), a.getNumber(), f.getDomain(), true, f.getStrengths()));
            }
        });
        return out;
    }

    private static String reference(Assessment a, DomainFinding f, boolean strength) {
        return a.getId() + ":" + f.getDomain().name() + ":" + (strength ? "STRENGTHS" : "NEEDS");
    }

    /**
     * The summary shared with the family, from the latest assessment that has one: for the family
     * itself and for staff who may read the case's internal records. The reading is recorded.
     */
    @RolesAllowed({AppRoles.FAMILY, AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public Optional<SharedSummary> sharedWithFamily(long caseId) {
        CaseContext ctx = cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_FAMILY_VIEW).get(caseId);
        if (ctx == null) {
            ctx = cases.context(caseId, CaseOperation.READ_INTERNAL);
        }
        CaseContext reader = ctx;
        return assessments.findByCaseIdOrderByNumberAsc(caseId).stream().filter(a -> a.getSummarySharedAt() != null)
                .reduce((x, y) -> y).map(a -> {
                    events.publishEvent(AuditEvent.viewed("assessment-summary", a.getId(), reader.familyId(),
                            reader.familyName(), caseId));
                    return new SharedSummary(a.getFamilySummary(), a.getSummarySharedAt(), a.getSummarySharedBy());
                });
    }
}
