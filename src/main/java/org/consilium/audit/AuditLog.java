package org.consilium.audit;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.consilium.base.AuditEvent;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log and reads it back for supervisors and administrators. Reads, refusals and
 * sign-ins are written in a transaction of their own, so that they are kept even when what they
 * record fails or only reads; changes are written in the transaction that makes them, so that a
 * change and its entry are kept or lost together.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final int USER_MAX = 100;
    static final int TYPE_MAX = 40;
    static final int LABEL_MAX = 120;
    static final int DETAIL_MAX = 1000;
    private static final String INSERT = """
            INSERT INTO audit_entry (at, username, action, entity_type, entity_id, family_id, family_label, case_id, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditRepository entries, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.entries = entries;
        this.clock = clock;
    }

    /** Writes an entry for the signed-in user (or {@code username} when given) in a transaction of its own. */
    void writeSeparately(AuditEvent e, String username) {
        separately.executeWithoutResult(status -> insert(e, username));
    }

    /** Writes an entry within the transaction that is running, for the signed-in user. */
    void writeInCurrentTransaction(AuditEvent e) {
        insert(e, null);
    }

    private void insert(AuditEvent e, String username) {
        jdbc.update(INSERT, Timestamp.from(clock.instant()), cut(username == null ? currentUser() : username, USER_MAX),
                e.action().name(), cut(e.entityType(), TYPE_MAX), e.entityId(), e.familyId(), cut(e.familyLabel(), LABEL_MAX),
                e.caseId(), cut(e.detail(), DETAIL_MAX));
    }

    static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken ? "(anonymous)" : a.getName();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The audit log, newest first, filtered. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("at").descending().and(Sort.by("id").descending()));
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return entries.search(blank(filter.user()), blank(filter.family()), filter.action(), from, to, sorted)
                .map(AuditEntry::row);
    }

    /**
     * Who opened a case's file, newest first. The caller has checked that the reader may see the
     * case; the role is checked here again.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public List<AuditRow> viewsOfCase(long caseId, int max) {
        return entries.viewsOfCase(caseId, PageRequest.of(0, max)).stream().map(AuditEntry::row).toList();
    }

    /**
     * Writes the filtered log as CSV (at most {@code max} entries, newest first) and records the
     * export itself.
     */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public int exportCsv(AuditFilter filter, int max, Writer out) throws IOException {
        List<AuditRow> rows = search(filter, PageRequest.of(0, max)).getContent();
        out.write("at;user;action;record;record_id;family;family_id;case_id;detail\n");
        for (AuditRow r : rows) {
            out.write(String.join(";", r.at().toString(), csv(r.username()), r.action().name(), csv(r.entityType()),
                    num(r.entityId()), csv(r.familyLabel()), num(r.familyId()), num(r.caseId()), csv(r.detail())));
            out.write("\n");
        }
        out.flush();
        writeSeparately(AuditEvent.exported("audit", describe(filter) + "; rows " + rows.size()), null);
        return rows.size();
    }

    private static String describe(AuditFilter f) {
        return "user=" + blank(f.user()) + ", family=" + blank(f.family()) + ", action=" + (f.action() == null ? "" : f.action())
                + ", from=" + (f.from() == null ? "" : f.from()) + ", to=" + (f.to() == null ? "" : f.to());
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String num(Long n) {
        return n == null ? "" : n.toString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
