package org.consilium.base;

/**
 * A record that belongs to a family (and perhaps to its case), so that the audit log can tell whose
 * file a change touched.
 */
public interface FamilyRecord {

    /** The family's id, or {@code null} if the record is not (yet) linked to a family. */
    Long auditFamilyId();

    /** How the family is known (its name), if that is at hand without loading more. */
    default String auditFamilyLabel() {
        return null;
    }

    /** The case's id, if the record belongs to one. */
    default Long auditCaseId() {
        return null;
    }

    /**
     * The social-services team (agency) responsible for the family's file through this record, if the
     * record makes one responsible (a case does): that team's supervisors read the log about the family.
     */
    default Long auditTeamId() {
        return null;
    }
}
