package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.BarChart;
import org.consilium.dashboard.Dashboards;
import org.consilium.dashboard.Figure;
import org.consilium.plan.TaskStatus;
import org.consilium.request.RequestStatus;

/** A partner agency's dashboard: its open information requests and its tasks by status, and its answer times. */
class PartnerPart extends Div {

    PartnerPart(Dashboards.PartnerBoard b) {
        addClassName("dashboard-part");
        Locale locale = getLocale();
        add(new H2(getTranslation("dashboard.partner", b.agencyName())));

        Div requests = Sections.add(this, getTranslation("dashboard.agencyRequests"), "dashboard.agencyRequests.help");
        NativeTable r = Tables.table(getTranslation("dashboard.agencyRequests"), List.of(getTranslation("dashboard.status"),
                getTranslation("dashboard.count")));
        List<BarChart.Bar> rBars = new ArrayList<>();
        for (RequestStatus s : List.of(RequestStatus.SENT, RequestStatus.IN_PROGRESS)) {
            long n = b.openRequests().getOrDefault(s, 0L);
            Tables.row(r, getTranslation(s.messageKey()), n == 0 ? "0" : FigureLink.of(n, Figure.AGENCY_REQUESTS, s.name(), locale));
            rBars.add(new BarChart.Bar(getTranslation(s.messageKey()), n, null));
        }
        requests.add(SupervisorPart.pair(new BarChart(getTranslation("dashboard.agencyRequests"), rBars, null, locale), r));

        Div tasks = Sections.add(this, getTranslation("dashboard.agencyTasks"), "dashboard.agencyTasks.help");
        NativeTable t = Tables.table(getTranslation("dashboard.agencyTasks"), List.of(getTranslation("dashboard.status"),
                getTranslation("dashboard.count")));
        List<BarChart.Bar> tBars = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            long n = b.tasks().getOrDefault(s, 0L);
            Tables.row(t, getTranslation(s.messageKey()), n == 0 ? "0" : FigureLink.of(n, Figure.AGENCY_TASKS, s.name(), locale));
            tBars.add(new BarChart.Bar(getTranslation(s.messageKey()), n, null));
        }
        tasks.add(SupervisorPart.pair(new BarChart(getTranslation("dashboard.agencyTasks"), tBars, null, locale), t));

        Div times = Sections.add(this, getTranslation("dashboard.answerTimes"), "dashboard.answerTimes.help");
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        NativeTable a = Tables.table(getTranslation("dashboard.answerTimes"), List.of(getTranslation("dashboard.what"),
                getTranslation("dashboard.count")));
        Tables.row(a, getTranslation("dashboard.answerTimes.answered"),
                b.answered() == 0 ? "0" : FigureLink.of(b.answered(), Figure.AGENCY_ANSWERED, "", locale));
        Tables.row(a, getTranslation("dashboard.answerTimes.onTime"), one.format(b.answeredOnTime()));
        Tables.row(a, getTranslation("dashboard.answerTimes.median"), b.medianDays() == null ? "—" : one.format(b.medianDays()));
        times.add(a);
    }
}
