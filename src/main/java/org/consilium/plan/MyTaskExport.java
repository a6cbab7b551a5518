package org.consilium.plan;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.consilium.base.AuditEvent;
import org.consilium.base.ExportColumns;
import org.consilium.base.ExportFormat;
import org.consilium.base.TableExports;
import org.consilium.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner agency's "My tasks" as a workbook or CSV (decision 0033): the same tasks the page lists,
 * read through {@link PlanService#myTasks()} and so only those of the families the agency may see;
 * the export is kept in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class MyTaskExport {

    static final ExportColumns<MyTask> COLUMNS = ExportColumns.<MyTask>titled("menu.myTasks")
            .text("plan.myTasks.family", MyTask::familyName)
            .text("plan.task.description", MyTask::description)
            .text("plan.myTasks.goal", MyTask::goalStatement)
            .text("plan.task.user", MyTask::userName)
            .date("plan.task.dueOn", MyTask::dueOn)
            .yesNo("export.overdue", MyTask::overdue)
            .translated("plan.task.status", t -> t.status().messageKey());

    private final PlanService plans;
    private final TableExports exports;
    private final ApplicationEventPublisher events;

    MyTaskExport(PlanService plans, TableExports exports, ApplicationEventPublisher events) {
        this.plans = plans;
        this.exports = exports;
        this.events = events;
    }

    /** Writes the signed-in agency's tasks as its "My tasks" page lists them; returns how many. */
    @RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
    public int export(ExportFormat format, Locale locale, OutputStream out) throws IOException {
        List<MyTask> rows = plans.myTasks();
        events.publishEvent(AuditEvent.exported("my-tasks", format + "; rows " + rows.size()));
        exports.write(COLUMNS, rows, format, locale, out);
        return rows.size();
    }
}
