package org.consilium.plan;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.consilium.base.EditConflictException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who saved a plan record last and when, read as committed outside the refused save's transaction,
 * so that the loser of a concurrent edit is told who won, by name.
 */
@Component
class LastChange {

    private static final Set<String> TABLES = Set.of("family_plan", "plan_goal", "plan_task", "plan_task_proposal");

    private final JdbcTemplate jdbc;

    LastChange(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public EditConflictException conflict(String table, long id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        List<EditConflictException> found = jdbc.query("""
                        SELECT coalesce(u.full_name, r.updated_by), r.updated_at FROM %s r
                        LEFT JOIN user_account u ON u.username = r.updated_by WHERE r.id = ?""".formatted(table),
                (rs, n) -> {
                    Timestamp at = rs.getTimestamp(2);
                    return new EditConflictException(rs.getString(1), at == null ? null : at.toInstant());
                }, id);
        return found.isEmpty() ? new EditConflictException(null, null) : found.getFirst();
    }
}
