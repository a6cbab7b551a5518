package org.consilium.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * What an assessment found in one domain: what was observed, the needs, the family's strengths and
 * resources, the risk factors, a rating on {@link DomainRating}, the sources, the date and who assessed.
 */
@Entity
@Table(name = "assessment_domain")
public class DomainFinding extends AbstractEntity implements FamilyRecord {

    public static final int OBSERVED_MAX = 4000;
    public static final int TEXT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Domain domain;

    @Column(columnDefinition = "TEXT")
    private String observed;

    @Column(columnDefinition = "TEXT")
    private String needs;

    @Column(columnDefinition = "TEXT")
    private String strengths;

    @Column(columnDefinition = "TEXT")
    private String risks;

    private Integer rating;

    @Column(columnDefinition = "TEXT")
    private String sources;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "assessed_by", length = 150)
    private String assessedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assessment_domain_source", joinColumns = @JoinColumn(name = "domain_id"))
    private List<CitedAnswer> citedAnswers = new ArrayList<>();

    protected DomainFinding() {
    }

    DomainFinding(Assessment assessment, Domain domain) {
        this.assessment = assessment;
        this.domain = domain;
    }

    /** A copy for the next version of the assessment: the same content, to be written anew where it changed. */
    DomainFinding copyInto(Assessment next) {
        DomainFinding copy = new DomainFinding(next, domain);
        copy.observed = observed;
        copy.needs = needs;
        copy.strengths = strengths;
        copy.risks = risks;
        copy.rating = rating;
        copy.sources = sources;
        copy.assessedOn = assessedOn;
        copy.assessedBy = assessedBy;
        citedAnswers.forEach(a -> copy.citedAnswers.add(new CitedAnswer(a.getSourceId(), a.getLabel())));
        return copy;
    }

    /**
     * Checks and takes what was written: no rating without an observation, a rating on the scale, a date
     * that has come. {@code answers}: the labels of the case's answered requests that may be cited.
     */
    void apply(DomainDetails d, LocalDate today, String by, Map<Long, String> answers) {
        String o = UserText.check(DomainDetails.OBSERVED, d.getObserved(), OBSERVED_MAX, false);
        String n = UserText.check(DomainDetails.NEEDS, d.getNeeds(), TEXT_MAX, false);
        String s = UserText.check(DomainDetails.STRENGTHS, d.getStrengths(), TEXT_MAX, false);
        String r = UserText.check(DomainDetails.RISKS, d.getRisks(), TEXT_MAX, false);
        String src = UserText.check(DomainDetails.SOURCES, d.getSources(), TEXT_MAX, false);
        boolean anything = o != null || n != null || s != null || r != null || d.getRating() != null;
        if (anything && o == null) {
            throw BusinessException.atField(DomainDetails.OBSERVED, "assessment.domain.observedRequired");
        }
        if (d.getRating() != null && (d.getRating() < DomainRating.MIN || d.getRating() > DomainRating.MAX)) {
            throw BusinessException.atField(DomainDetails.RATING, "plan.rating.range", DomainRating.MIN, DomainRating.MAX);
        }
        if (anything && d.getAssessedOn() == null) {
            throw BusinessException.atField(DomainDetails.ASSESSED_ON, "validation.required");
        }
        if (d.getAssessedOn() != null && d.getAssessedOn().isAfter(today)) {
            throw BusinessException.atField(DomainDetails.ASSESSED_ON, "assessment.date.future");
        }
        List<CitedAnswer> cited = new ArrayList<>();
        for (Long id : d.getCitedAnswers()) {
            String label = answers.get(id);
            if (label == null) {
                throw BusinessException.atField(DomainDetails.CITED_ANSWERS, "assessment.domain.answerUnknown");
            }
            cited.add(citedAnswers.stream().filter(a -> a.getSourceId() == id).findFirst()
                    .orElseGet(() -> new CitedAnswer(id, label)));
        }
        boolean changed = !Objects.equals(o, observed) || !Objects.equals(n, needs) || !Objects.equals(s, strengths)
                || !Objects.equals(r, risks) || !Objects.equals(d.getRating(), rating)
                || !Objects.equals(src, sources) || !Objects.equals(d.getAssessedOn(), assessedOn);
        this.observed = o;
        this.needs = n;
        this.strengths = s;
        this.risks = r;
        this.rating = d.getRating();
        this.sources = src;
        this.assessedOn = anything ? d.getAssessedOn() : null;
        if (changed || assessedBy == null) {
            this.assessedBy = anything ? by : null;
        }
        citedAnswers.clear();
        citedAnswers.addAll(cited);
    }

    /** Whether the domain has been assessed at all (its observation written). */
    boolean isAssessed() {
        return observed != null;
    }

    public Assessment getAssessment() { return assessment; }
    public Domain getDomain() { return domain; }
    public String getObserved() { return observed; }
    public String getNeeds() { return needs; }
    public String getStrengths() { return strengths; }
    public String getRisks() { return risks; }
    public Integer getRating() { return rating; }
    public String getSources() { return sources; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public String getAssessedBy() { return assessedBy; }
    public List<CitedAnswer> getCitedAnswers() { return List.copyOf(citedAnswers); }

    @Override
    public Long auditFamilyId() {
        return assessment.auditFamilyId();
    }

    @Override
    public Long auditCaseId() {
        return assessment.auditCaseId();
    }
}
