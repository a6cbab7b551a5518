package org.consilium.assessment;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a specialist writes for one domain of an assessment; the form binds to it and {@link
 * DomainFinding} checks it when saved. {@code citedAnswers}: ids of the case's answered information
 * requests the finding rests on.
 */
public class DomainDetails {

    /** Field names, shared by the form's bindings and the refusals. */
    public static final String OBSERVED = "observed";
    public static final String NEEDS = "needs";
    public static final String STRENGTHS = "strengths";
    public static final String RISKS = "risks";
    public static final String RATING = "rating";
    public static final String SOURCES = "sources";
    public static final String ASSESSED_ON = "assessedOn";
    public static final String CITED_ANSWERS = "citedAnswers";

    private String observed;
    private String needs;
    private String strengths;
    private String risks;
    private Integer rating;
    private String sources;
    private LocalDate assessedOn;
    private Set<Long> citedAnswers = new LinkedHashSet<>();

    public static DomainDetails of(AssessmentSheet.Finding f) {
        DomainDetails d = new DomainDetails();
        d.observed = f.observed();
        d.needs = f.needs();
        d.strengths = f.strengths();
        d.risks = f.risks();
        d.rating = f.rating();
        d.sources = f.sources();
        d.assessedOn = f.assessedOn();
        f.citedAnswers().forEach(a -> d.citedAnswers.add(a.id()));
        return d;
    }

    public String getObserved() { return observed; }
    public void setObserved(String observed) { this.observed = observed; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getRisks() { return risks; }
    public void setRisks(String risks) { this.risks = risks; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public Set<Long> getCitedAnswers() { return citedAnswers; }
    public void setCitedAnswers(Set<Long> citedAnswers) { this.citedAnswers = citedAnswers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(citedAnswers); }
}
