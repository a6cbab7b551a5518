package org.consilium.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consilium.base.AuditEvent;
import org.hibernate.annotations.Immutable;

/** One line of the audit log, as it is read back; entries are written with SQL and never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditEvent.Action action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "family_id")
    private Long familyId;

    @Column(name = "family_label")
    private String familyLabel;

    @Column(name = "case_id")
    private Long caseId;

    private String detail;

    protected AuditEntry() {
    }

    AuditRow row() {
        return new AuditRow(id, at, username, action, entityType, entityId, familyId, familyLabel, caseId, detail);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AuditEntry other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return AuditEntry.class.hashCode();
    }
}
