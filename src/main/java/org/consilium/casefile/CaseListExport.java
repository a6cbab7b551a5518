package org.consilium.casefile;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.consilium.base.AuditEvent;
import org.consilium.base.ExportColumns;
import org.consilium.base.ExportFormat;
import org.consilium.base.TableExports;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list as a workbook or CSV (decision 0033): the rows the list shows the reader with the
 * filters and the order they chose, read through {@link CaseLists} and so limited to their team in
 * the same way; the export is kept in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class CaseListExport {

    /** The most cases one export holds; narrow the filters for more. */
    public static final int MAX_ROWS = 10_000;

    /** The list's order when the reader chose none: the latest opened first. */
    public static final Sort LIST_ORDER = Sort.by("openedAt").descending();

    private final CaseLists lists;
    private final TableExports exports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseListExport(CaseLists lists, TableExports exports, ApplicationEventPublisher events, Clock clock) {
        this.lists = lists;
        this.exports = exports;
        this.events = events;
        this.clock = clock;
    }

    /** The list's columns as the reader sees them, with the overdue mark as a column of its own. */
    private ExportColumns<CaseRow> columns() {
        return ExportColumns.<CaseRow>titled("menu.cases")
                .text("case.family", CaseRow::familyName)
                .translated("case.stage", r -> r.stage().messageKey())
                .translated("case.level", r -> r.level().messageKey())
                .translated("referral.urgency", r -> r.urgency().messageKey())
                .date("case.dueOn", CaseRow::dueOn)
                .yesNo("export.overdue", CaseRow::overdue)
                .text("case.curator", CaseRow::curatorName)
                .dateTime("case.openedAt", CaseRow::openedAt)
                .number("case.daysOpen", r -> Duration.between(r.openedAt(), clock.instant()).toDays());
    }

    /**
     * Writes the cases the list shows with {@code filter}, in {@code order} (the list's own order if
     * unsorted), at most {@link #MAX_ROWS}; returns how many. The export is recorded before a row leaves,
     * with the filters but not a searched name.
     */
    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public int export(CaseFilter filter, Sort order, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        List<CaseRow> rows = lists.page(filter, PageRequest.of(0, MAX_ROWS, order.isSorted() ? order : LIST_ORDER)).getContent();
        events.publishEvent(AuditEvent.exported("case-list", format + "; " + describe(filter) + "; rows " + rows.size()));
        exports.write(columns(), rows, format, locale, out);
        return rows.size();
    }

    /** The filters as the audit log keeps them: named values and numbers; a searched name only as "…". */
    static String describe(CaseFilter f) {
        return "stage=" + named(f.stage()) + ", level=" + named(f.level()) + ", urgency=" + named(f.urgency())
                + ", curator=" + (f.curatorId() == null ? "" : f.curatorId())
                + ", district=" + (f.district() == null ? "" : f.district().strip())
                + ", member=" + (f.familyMember() == null || f.familyMember().isBlank() ? "" : "…")
                + ", openOnly=" + f.openOnly() + ", overdueOnly=" + f.overdueOnly();
    }

    private static String named(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
