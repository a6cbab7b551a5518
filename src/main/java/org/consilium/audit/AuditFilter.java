package org.consilium.audit;

import java.time.LocalDate;
import org.consilium.base.AuditEvent;

/**
 * What the audit view shows: {@code null} or empty means "any". {@code user} and {@code family} match
 * a part of the user name or of the family's name; the dates include both ends.
 */
public record AuditFilter(String user, String family, AuditEvent.Action action, LocalDate from, LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter("", "", null, null, null);
    }
}
