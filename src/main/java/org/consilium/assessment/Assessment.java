package org.consilium.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.MessageKey;
import org.consilium.base.UserText;

/**
 * One version of a case's assessment (decision 0024): the findings by the seven domains, whether the
 * child is safe now with the safety plan when not, and for the in-depth assessment the social prognosis
 * and recommendations. It is written while in progress; completed, it is kept as it was, and the next
 * version starts as a copy of it.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AbstractEntity implements FamilyRecord {

    public static final int LONG_TEXT_MAX = 4000;
    public static final int TEXT_MAX = 2000;
    public static final int CONTACTS_MAX = 1000;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 150)
    private String startedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 150)
    private String completedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_safety", length = 20)
    private ChildSafety safety;

    @Column(name = "safety_reason", columnDefinition = "TEXT")
    private String safetyReason;

    @Column(name = "safety_actions", columnDefinition = "TEXT")
    private String safetyActions;

    @Column(name = "safety_due")
    private LocalDate safetyDue;

    @Column(name = "emergency_contacts", columnDefinition = "TEXT")
    private String emergencyContacts;

    @Column(name = "safety_answered_on")
    private LocalDate safetyAnsweredOn;

    @Column(name = "safety_answered_by", length = 150)
    private String safetyAnsweredBy;

    @Column(columnDefinition = "TEXT")
    private String prognosis;

    @Column(columnDefinition = "TEXT")
    private String recommendations;

    @Column(name = "family_summary", columnDefinition = "TEXT")
    private String familySummary;

    @Column(name = "summary_shared_at")
    private Instant summarySharedAt;

    @Column(name = "summary_shared_by", length = 150)
    private String summarySharedBy;

    /**
     * How many times the content was written: every write of a domain or another part changes the
     * assessment's own row, so that its version guards the whole assessment against concurrent edits.
     */
    @Column(nullable = false)
    private int edits;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DomainFinding> findings = new ArrayList<>();

    protected Assessment() {
    }

    private Assessment(long caseId, long familyId, int number, AssessmentKind kind, Instant now, String by) {
        this.caseId = caseId;
        this.familyId = familyId;
        this.number = number;
        this.kind = kind;
        this.status = AssessmentStatus.IN_PROGRESS;
        this.startedAt = now;
        this.startedBy = by;
        for (Domain d : Domain.values()) {
            findings.add(new DomainFinding(this, d));
        }
    }

    /** The first assessment of a case: the initial one, every domain still to be written. */
    static Assessment initial(long caseId, long familyId, Instant now, String by) {
        return new Assessment(caseId, familyId, 1, AssessmentKind.INITIAL, now, by);
    }

    /**
     * The next version, started from this completed one: its findings, the answer about safety and the
     * in-depth part, to be written anew where they changed. The summary is not shared until shared again.
     */
    Assessment next(AssessmentKind nextKind, Instant now, String by) {
        if (status != AssessmentStatus.COMPLETED) {
            throw new BusinessException("assessment.next.notCompleted");
        }
        if (nextKind == AssessmentKind.INITIAL) {
            throw new BusinessException("assessment.next.initialTwice");
        }
        Assessment n = new Assessment(caseId, familyId, number + 1, nextKind, now, by);
        n.findings.clear();
        findings.forEach(f -> n.findings.add(f.copyInto(n)));
        n.safety = safety;
        n.safetyReason = safetyReason;
        n.safetyActions = safetyActions;
        n.safetyDue = safetyDue;
        n.emergencyContacts = emergencyContacts;
        n.safetyAnsweredOn = safetyAnsweredOn;
        n.safetyAnsweredBy = safetyAnsweredBy;
        n.prognosis = prognosis;
        n.recommendations = recommendations;
        n.familySummary = familySummary;
        return n;
    }

    private void requireInProgress() {
        if (status != AssessmentStatus.IN_PROGRESS) {
            throw new BusinessException("assessment.completed.readOnly");
        }
        edits++;
    }

    /** Writes one domain's finding (see {@link DomainFinding#apply}). */
    DomainFinding writeDomain(Domain domain, DomainDetails d, LocalDate today, String by, Map<Long, String> answers) {
        requireInProgress();
        DomainFinding f = finding(domain);
        f.apply(d, today, by, answers);
        return f;
    }

    /**
     * Answers whether the child is safe now. "Not safe" needs the safety plan: what is done and by whom,
     * by when (not past), and the emergency contacts; "safe" keeps no safety plan.
     */
    void answerSafety(SafetyDetails d, LocalDate today, String by) {
        requireInProgress();
        if (d.getSafety() == null) {
            throw BusinessException.atField(SafetyDetails.SAFETY, "assessment.safety.required");
        }
        String reason = UserText.check(SafetyDetails.REASON, d.getReason(), TEXT_MAX, false);
        boolean notSafe = d.getSafety() == ChildSafety.NOT_SAFE;
        String actions = UserText.check(SafetyDetails.ACTIONS, d.getActions(), TEXT_MAX, notSafe);
        String contacts = UserText.check(SafetyDetails.CONTACTS, d.getContacts(), CONTACTS_MAX, notSafe);
        if (notSafe && d.getDue() == null) {
            throw BusinessException.atField(SafetyDetails.DUE, "validation.required");
        }
        if (notSafe && d.getDue().isBefore(today)) {
            throw BusinessException.atField(SafetyDetails.DUE, "assessment.safety.duePast");
        }
        this.safety = d.getSafety();
        this.safetyReason = reason;
        this.safetyActions = notSafe ? actions : null;
        this.safetyDue = notSafe ? d.getDue() : null;
        this.emergencyContacts = notSafe ? contacts : null;
        this.safetyAnsweredOn = today;
        this.safetyAnsweredBy = by;
    }

    /** The in-depth part: the social prognosis and the recommendations. */
    void writeConclusions(String prognosisText, String recommendationsText) {
        requireInProgress();
        this.prognosis = UserText.check(ConclusionsDetails.PROGNOSIS, prognosisText, LONG_TEXT_MAX, false);
        this.recommendations = UserText.check(ConclusionsDetails.RECOMMENDATIONS, recommendationsText, LONG_TEXT_MAX, false);
    }

    /**
     * Completes the assessment: the child's safety answered, every domain assessed, and for the in-depth
     * assessment the prognosis and the recommendations written. From then on it is read only.
     */
    void complete(Instant now, String by) {
        requireInProgress();
        if (safety == null) {
            throw BusinessException.atField(SafetyDetails.SAFETY, "assessment.complete.safetyMissing");
        }
        List<Domain> missing = findings.stream().filter(f -> !f.isAssessed()).map(DomainFinding::getDomain)
                .sorted(Comparator.naturalOrder()).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("assessment.complete.domainsMissing", new MessageKey(missing.get(0).messageKey()),
                    missing.size());
        }
        if (kind == AssessmentKind.IN_DEPTH && (prognosis == null || recommendations == null)) {
            throw BusinessException.atField(prognosis == null ? ConclusionsDetails.PROGNOSIS : ConclusionsDetails.RECOMMENDATIONS,
                    "assessment.complete.conclusionsMissing");
        }
        this.status = AssessmentStatus.COMPLETED;
        this.completedAt = now;
        this.completedBy = by;
    }

    /** Writes the summary for the family and shares it with them (or withdraws it when empty). */
    void shareSummary(String text, Instant now, String by) {
        String t = UserText.check(SummaryDetails.SUMMARY, text, LONG_TEXT_MAX, false);
        edits++;
        this.familySummary = t;
        this.summarySharedAt = t == null ? null : now;
        this.summarySharedBy = t == null ? null : by;
    }

    DomainFinding finding(Domain domain) {
        return findings.stream().filter(f -> f.getDomain() == domain).findFirst().orElseThrow();
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public int getNumber() { return number; }
    public AssessmentKind getKind() { return kind; }
    public AssessmentStatus getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public String getStartedBy() { return startedBy; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public ChildSafety getSafety() { return safety; }
    public String getSafetyReason() { return safetyReason; }
    public String getSafetyActions() { return safetyActions; }
    public LocalDate getSafetyDue() { return safetyDue; }
    public String getEmergencyContacts() { return emergencyContacts; }
    public LocalDate getSafetyAnsweredOn() { return safetyAnsweredOn; }
    public String getSafetyAnsweredBy() { return safetyAnsweredBy; }
    public String getPrognosis() { return prognosis; }
    public String getRecommendations() { return recommendations; }
    public String getFamilySummary() { return familySummary; }
    public Instant getSummarySharedAt() { return summarySharedAt; }
    public String getSummarySharedBy() { return summarySharedBy; }
    public List<DomainFinding> getFindings() { return List.copyOf(findings); }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }
}
