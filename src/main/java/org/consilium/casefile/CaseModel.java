package org.consilium.casefile;

/** The case-management model and its default caseload norm per curator (seed 002). */
public enum CaseModel {
    INTENSIVE(15), CLINICAL(10), STRENGTHS(15), BROKER(35);

    private final int defaultNorm;

    CaseModel(int defaultNorm) {
        this.defaultNorm = defaultNorm;
    }

    public int defaultNorm() {
        return defaultNorm;
    }

    public String messageKey() {
        return "case.model." + name();
    }
}
