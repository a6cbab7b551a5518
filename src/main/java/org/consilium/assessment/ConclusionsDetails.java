package org.consilium.assessment;

/** The in-depth part of an assessment: the family's social prognosis and the recommendations. */
public class ConclusionsDetails {

    public static final String PROGNOSIS = "prognosis";
    public static final String RECOMMENDATIONS = "recommendations";

    private String prognosis;
    private String recommendations;

    public static ConclusionsDetails of(AssessmentSheet s) {
        ConclusionsDetails d = new ConclusionsDetails();
        d.prognosis = s.prognosis();
        d.recommendations = s.recommendations();
        return d;
    }

    public String getPrognosis() { return prognosis; }
    public void setPrognosis(String prognosis) { this.prognosis = prognosis; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String recommendations) { this.recommendations = recommendations; }
}
