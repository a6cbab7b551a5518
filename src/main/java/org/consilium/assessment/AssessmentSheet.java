package org.consilium.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a case's assessment as the page shows it, with what the reader may do with it. */
public record AssessmentSheet(long caseId, String familyName, long assessmentId, long version, int number,
                              AssessmentKind kind, AssessmentStatus status, Instant startedAt, String startedBy,
                              Instant completedAt, String completedBy, ChildSafety safety, String safetyReason,
                              String safetyActions, LocalDate safetyDue, String emergencyContacts,
                              LocalDate safetyAnsweredOn, String safetyAnsweredBy, String prognosis,
                              String recommendations, String familySummary, Instant summarySharedAt,
                              String summarySharedBy, List<Finding> findings, boolean writable) {

    /** What was found in one domain. */
    public record Finding(Domain domain, String observed, String needs, String strengths, String risks, Integer rating,
                          String sources, LocalDate assessedOn, String assessedBy, List<Cited> citedAnswers) {

        public boolean assessed() {
            return observed != null;
        }
    }

    /** An answer to an information request cited as a source. */
    public record Cited(long id, String label) {
    }

    static AssessmentSheet of(Assessment a, String familyName, boolean mayWrite) {
        List<Finding> findings = a.getFindings().stream()
                .sorted(java.util.Comparator.comparing(DomainFinding::getDomain))
                .map(f -> new Finding(f.getDomain(), f.getObserved(), f.getNeeds(), f.getStrengths(), f.getRisks(),
                        f.getRating(), f.getSources(), f.getAssessedOn(), f.getAssessedBy(),
                        f.getCitedAnswers().stream().map(c -> new Cited(c.getSourceId(), c.getLabel())).toList()))
                .toList();
        return new AssessmentSheet(a.getCaseId(), familyName, a.getId(), a.getVersion(), a.getNumber(), a.getKind(),
                a.getStatus(), a.getStartedAt(), a.getStartedBy(), a.getCompletedAt(), a.getCompletedBy(), a.getSafety(),
                a.getSafetyReason(), a.getSafetyActions(), a.getSafetyDue(), a.getEmergencyContacts(),
                a.getSafetyAnsweredOn(), a.getSafetyAnsweredBy(), a.getPrognosis(), a.getRecommendations(),
                a.getFamilySummary(), a.getSummarySharedAt(), a.getSummarySharedBy(), findings,
                mayWrite && a.getStatus() == AssessmentStatus.IN_PROGRESS);
    }

    public Finding finding(Domain domain) {
        return findings.stream().filter(f -> f.domain() == domain).findFirst().orElseThrow();
    }

    public long assessedCount() {
        return findings.stream().filter(Finding::assessed).count();
    }
}
