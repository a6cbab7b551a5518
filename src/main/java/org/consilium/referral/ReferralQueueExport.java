package org.consilium.referral;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.base.AuditEvent;
import org.consilium.base.ExportColumns;
import org.consilium.base.ExportFormat;
import org.consilium.base.TableExports;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral log — the triage queue with the filters intake or the supervisor set — as a workbook
 * or CSV (decision 0033), in the queue's order (the most urgent first, then the earliest due), read
 * through {@link ReferralService#queue}; the export is kept in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ReferralQueueExport {

    /** The most referrals one export holds; narrow the filters for more. */
    public static final int MAX_ROWS = 10_000;

    static final ExportColumns<ReferralRow> COLUMNS = ExportColumns.<ReferralRow>titled("menu.referrals")
            .dateTime("referral.receivedAt", ReferralRow::receivedAt)
            .translated("referral.urgency", r -> r.urgency().messageKey())
            .dateTime("referral.dueAt", ReferralRow::dueAt)
            .yesNo("export.overdue", ReferralRow::overdue)
            .translated("referral.sourceType", r -> r.sourceType().messageKey())
            .text("referral.source", ReferralRow::source)
            .text("referral.peopleConcerned", ReferralRow::peopleConcerned)
            .translatedEach("referral.reasons", r -> r.reasons().stream().sorted().map(ProblemArea::messageKey).toList())
            .translated("referral.status", r -> r.status().messageKey())
            .text("referral.family", ReferralRow::familyName);

    private final ReferralService referrals;
    private final TableExports exports;
    private final ApplicationEventPublisher events;

    ReferralQueueExport(ReferralService referrals, TableExports exports, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.exports = exports;
        this.events = events;
    }

    /** Writes the referrals the queue shows with {@code filter}, at most {@link #MAX_ROWS}; returns how many. */
    @RolesAllowed({AppRoles.INTAKE, AppRoles.SUPERVISOR})
    public int export(ReferralService.QueueFilter filter, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        List<ReferralRow> rows = referrals.queue(filter, PageRequest.of(0, MAX_ROWS)).getContent();
        events.publishEvent(AuditEvent.exported("referral-queue", format + "; status=" + names(filter.statuses())
                + ", urgency=" + names(filter.urgencies()) + ", source=" + names(filter.sources()) + "; rows " + rows.size()));
        exports.write(COLUMNS, rows, format, locale, out);
        return rows.size();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining("|"));
    }
}
