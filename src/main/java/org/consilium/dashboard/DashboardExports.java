package org.consilium.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.consilium.base.AuditEvent;
import org.consilium.base.ExportColumns;
import org.consilium.base.ExportFormat;
import org.consilium.base.TableExports;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CuratorLoad;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The supervisor's reports as files (decision 0033): the caseload report (each curator's open cases
 * against the norm) and the referral response times against the targets. Recorded in the audit log
 * before a row leaves; refused to any other role.
 */
@Service
public class DashboardExports {

    private final Dashboards dashboards;
    private final CaseLists cases;
    private final TableExports exports;
    private final ApplicationEventPublisher events;

    DashboardExports(Dashboards dashboards, CaseLists cases, TableExports exports, ApplicationEventPublisher events) {
        this.dashboards = dashboards;
        this.cases = cases;
        this.exports = exports;
        this.events = events;
    }

    static final ExportColumns<CuratorLoad> CASELOAD = ExportColumns.<CuratorLoad>titled("dashboard.caseload.sheet")
            .text("dashboard.caseload.curator", CuratorLoad::fullName)
            .number("dashboard.caseload.open", CuratorLoad::openCases)
            .number("dashboard.caseload.norm", CuratorLoad::norm)
            .yesNo("dashboard.caseload.over", l -> l.openCases() > l.norm());

    static final ExportColumns<Dashboards.Response> RESPONSES = ExportColumns.<Dashboards.Response>titled("dashboard.responses.sheet")
            .translated("referral.urgency", r -> r.urgency().messageKey())
            .number("dashboard.responses.target", Dashboards.Response::targetHours)
            .number("dashboard.responses.received", Dashboards.Response::received)
            .number("dashboard.responses.verified", Dashboards.Response::verified)
            .number("dashboard.responses.within", Dashboards.Response::withinTarget)
            .number("dashboard.responses.late", Dashboards.Response::late)
            .number("dashboard.responses.median", Dashboards.Response::medianHours);

    @RolesAllowed(AppRoles.SUPERVISOR)
    public int caseload(ExportFormat format, Locale locale, OutputStream out) throws IOException {
        List<CuratorLoad> rows = cases.teamCaseloads();
        events.publishEvent(AuditEvent.exported("caseload-report", format + "; rows " + rows.size()));
        exports.write(CASELOAD, rows, format, locale, out);
        return rows.size();
    }

    @RolesAllowed(AppRoles.SUPERVISOR)
    public int responseTimes(ExportFormat format, Locale locale, OutputStream out) throws IOException {
        List<Dashboards.Response> rows = dashboards.responses();
        events.publishEvent(AuditEvent.exported("response-times", format + "; rows " + rows.size()));
        exports.write(RESPONSES, rows, format, locale, out);
        return rows.size();
    }
}
