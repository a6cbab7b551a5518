package org.consilium.assessment;

/** The seven domains a family is assessed by (seed 003), in the order the form shows them. */
public enum Domain {
    CHILD_DEVELOPMENT, ADULT_FUNCTIONING, PARENTAL_CARE, DISCIPLINE, ABUSE_AND_NEGLECT, ADULTS_CHILDHOOD,
    FAMILY_AND_LIVELIHOOD;

    public String messageKey() {
        return "assessment.domain." + name();
    }
}
