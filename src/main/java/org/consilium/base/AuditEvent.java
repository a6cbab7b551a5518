package org.consilium.base;

/**
 * Something the audit log must keep: a record read, exported or refused, or a sign-in or sign-out.
 * Modules publish it as an application event; the audit module writes it with who and when, so that
 * no module needs to know how the log is kept. Changes to records are caught by the audit module
 * itself and need no event.
 *
 * @param entityType the kind of record ("case", "family", "referral", …), or what was refused or exported
 * @param familyLabel how the family is known (its name), so that the log can be searched by family
 */
public record AuditEvent(Action action, String entityType, Long entityId, Long familyId, String familyLabel,
                         Long caseId, String detail) {

    /** What was done. */
    public enum Action {
        VIEW, CHANGE, EXPORT, DENIED, SIGN_IN, SIGN_IN_FAILED, SIGN_IN_PAUSED, SIGN_OUT;

        public String messageKey() {
            return "audit.action." + name();
        }
    }

    public static AuditEvent viewed(String entityType, long entityId, Long familyId, String familyLabel, Long caseId) {
        return new AuditEvent(Action.VIEW, entityType, entityId, familyId, familyLabel, caseId, null);
    }

    public static AuditEvent denied(String entityType, Long entityId, String detail) {
        return new AuditEvent(Action.DENIED, entityType, entityId, null, null, null, detail);
    }

    /** A refusal about a family's file: named by family and case, so that the team responsible reads it too. */
    public static AuditEvent deniedOn(String entityType, long entityId, Long familyId, String familyLabel, Long caseId,
                                      String detail) {
        return new AuditEvent(Action.DENIED, entityType, entityId, familyId, familyLabel, caseId, detail);
    }

    public static AuditEvent exported(String what, String detail) {
        return new AuditEvent(Action.EXPORT, what, null, null, null, null, detail);
    }
}
