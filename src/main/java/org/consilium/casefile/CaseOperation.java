package org.consilium.casefile;

/** What someone may want to do with a case; the access policy says who may (decision 0013). */
public enum CaseOperation {
    /** The case page of social services: header, members, timeline. */
    READ_CASE,
    /** Assessments, internal notes and everything else only social services see. */
    READ_INTERNAL,
    /** Moving the case, closing it, changing its due date. */
    EDIT_CASE,
    /** The supervisor's decision at the DECISION stage. */
    DECIDE,
    /** Which agencies take part, the family's consent and emergency overrides. */
    MANAGE_SHARING,
    /** What a partner agency taking part sees: the family, the curator, its own part of the plan. */
    READ_SHARED,
    /** What the family itself sees: its agreed plan, its tasks and meetings. */
    READ_FAMILY_VIEW
}
