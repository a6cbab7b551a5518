package org.consilium.audit;

import java.time.Instant;
import org.consilium.base.AuditEvent;

/** One entry of the audit log as the audit view and a case's "who has accessed this file" show it. */
public record AuditRow(long id, Instant at, String username, AuditEvent.Action action, String entityType,
                       Long entityId, Long familyId, String familyLabel, Long caseId, String detail) {
}
