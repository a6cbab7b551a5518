package org.consilium.audit;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.AuditEvent;
import org.consilium.base.ExportColumns;
import org.consilium.base.ExportFormat;
import org.consilium.base.TableExports;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final AuditConnections separately;
    private final AuditRepository entries;
    private final Clock clock;
    private final UserAccountService accounts;
    private final TableExports exports;

    AuditLog(JdbcTemplate jdbc, AuditConnections separately, AuditRepository entries, Clock clock,
             UserAccountService accounts, TableExports exports) {
        this.jdbc = jdbc;
        this.exports = exports;
        this.accounts = accounts;
        this.separately = separately;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Writes an entry for the signed-in user (or {@code username} when given) in a transaction of its
     * own, on a connection of the audit log's own ({@link AuditConnections}).
     */
    void writeSeparately(AuditEvent e, String username) {
        separately.inOwnTransaction(own -> insert(own, e, username));
    }

    /** Writes an entry within the transaction that is running, for the signed-in user. */
    void writeInCurrentTransaction(AuditEvent e) {
        insert(jdbc, e, null);
    }

    private void insert(JdbcTemplate into, AuditEvent e, String username) {
        into.update(INSERT, Timestamp.from(clock.instant()), cut(username == null ? currentUser() : username, USER_MAX),
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

    /** What the signed-in reader may see of the log. */
    private AuditScope scope() {
        UserAccount me = accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return AuditScope.of(me.getRoles(), me.getUsername(), me.getAgency() == null ? null : me.getAgency().getId(),
                accounts.usernamesOfMyAgency());
    }

    /**
     * The team is now responsible for the family's file (a case of it opened): its supervisors read
     * the log about the family from now on, and what was written about it before.
     */
    void rememberTeamOfFamily(long familyId, long teamId) {
        jdbc.update("INSERT IGNORE INTO audit_family_team (team_id, family_id) VALUES (?, ?)", teamId, familyId);
    }

    /** The audit log as far as the reader may see it (decision 0010), newest first, filtered. */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("at").descending().and(Sort.by("id").descending()));
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        AuditScope scope = scope();
        return entries.search(scope.everything(), scope.staff(), scope.teamId(), blank(filter.user()), blank(filter.family()),
                        filter.action(), from, to, sorted)
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

    /** The log's columns in an export, with their headers' message keys (decision 0033). */
    static final ExportColumns<AuditRow> COLUMNS = ExportColumns.<AuditRow>titled("menu.audit")
            .dateTime("audit.at", AuditRow::at)
            .text("audit.user", AuditRow::username)
            .translated("audit.action", r -> r.action().messageKey())
            .text("audit.record", AuditRow::entityType)
            .number("export.audit.recordId", AuditRow::entityId)
            .text("audit.family", AuditRow::familyLabel)
            .number("export.audit.familyId", AuditRow::familyId)
            .number("export.audit.caseId", AuditRow::caseId)
            .text("audit.detail", AuditRow::detail);

    /**
     * Writes the filtered log (at most {@code max} entries, newest first) as CSV or a workbook in the
     * reader's language, and records the export itself before a row leaves.
     */
    @RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
    public int export(AuditFilter filter, int max, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        List<AuditRow> rows = search(filter, PageRequest.of(0, max)).getContent();
        writeSeparately(AuditEvent.exported("audit", format + "; " + describe(filter) + "; rows " + rows.size()), null);
        exports.write(COLUMNS, rows, format, locale, out);
        return rows.size();
    }

    private static String describe(AuditFilter f) {
        return "user=" + blank(f.user()) + ", family=" + blank(f.family()) + ", action=" + (f.action() == null ? "" : f.action())
                + ", from=" + (f.from() == null ? "" : f.from()) + ", to=" + (f.to() == null ? "" : f.to());
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
