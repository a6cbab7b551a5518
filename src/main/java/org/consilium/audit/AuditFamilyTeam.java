package org.consilium.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A social-services team is responsible for a family's file: it has (or had) a case of the family.
 * Written with SQL when a case opens, read only to scope the audit log (decision 0010).
 */
@Entity
@Immutable
@Table(name = "audit_family_team")
@IdClass(AuditFamilyTeam.Key.class)
class AuditFamilyTeam {

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Id
    @Column(name = "family_id")
    private Long familyId;

    protected AuditFamilyTeam() {
    }

    static class Key implements Serializable {
        private Long teamId;
        private Long familyId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(teamId, k.teamId) && Objects.equals(familyId, k.familyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, familyId);
        }
    }
}
