package org.consilium.assessment;

/** The summary of an assessment written for the family to read. */
public class SummaryDetails {

    public static final String SUMMARY = "summary";

    private String summary;

    public static SummaryDetails of(AssessmentSheet s) {
        SummaryDetails d = new SummaryDetails();
        d.summary = s.familySummary();
        return d;
    }

    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
