package org.consilium.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.base.ui.BarChart;
import org.consilium.base.ui.ExportLinks;
import org.consilium.base.ui.SeriesChart;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.CuratorLoad;
import org.consilium.casefile.FollowUpResult;
import org.consilium.casefile.SupportLevel;
import org.consilium.dashboard.DashboardExports;
import org.consilium.dashboard.Dashboards;
import org.consilium.dashboard.Figure;

/**
 * The supervisor's dashboard of the team: caseloads against the norm, open cases by stage and level,
 * referral response times against the targets, overdue work by agency, outcomes of closed cases by month,
 * and follow-ups whose results did not hold. Each chart has its numbers as a table; each number opens
 * the list behind it.
 */
class SupervisorPart extends Div {

    final Div caseloads = new Div();

    SupervisorPart(Dashboards.SupervisorBoard b, DashboardExports exports, Clock clock) {
        addClassName("dashboard-part");
        Locale locale = getLocale();
        add(new H2(getTranslation("dashboard.supervisor")));
        caseloads(b.caseloads(), exports, clock, locale);
        stageLevels(b.byStageAndLevel(), locale);
        responses(b.responses(), exports, clock, locale);
        overdue(b.overdue(), locale);
        outcomes(b.outcomes(), locale);
        followUps(b.followUps(), locale);
    }

    private void caseloads(List<CuratorLoad> loads, DashboardExports exports, Clock clock, Locale locale) {
        String title = getTranslation("dashboard.caseload");
        caseloads.addClassName("dashboard-section");
        caseloads.add(new H3(title), new Paragraph(getTranslation("dashboard.caseload.help")));
        List<BarChart.Bar> bars = loads.stream().map(l -> new BarChart.Bar(l.fullName(), l.openCases(), (double) l.norm())).toList();
        NativeTable t = Tables.table(title, List.of(getTranslation("dashboard.caseload.curator"),
                getTranslation("dashboard.caseload.open"), getTranslation("dashboard.caseload.norm"),
                getTranslation("dashboard.caseload.state")));
        for (CuratorLoad l : loads) {
            Tables.row(t, l.fullName(), FigureLink.to(l.openCases(), "cases?curator=" + l.curatorId(), locale),
                    NumberFormat.getIntegerInstance(locale).format(l.norm()),
                    getTranslation(l.openCases() > l.norm() ? "dashboard.caseload.overNorm" : "dashboard.caseload.withinNorm"));
        }
        caseloads.add(pair(new BarChart(title, bars, getTranslation("dashboard.caseload.overNorm"), locale), t),
                new ExportLinks("caseload", clock, exports::caseload));
        add(caseloads);
    }

    private void stageLevels(List<Dashboards.StageLevel> rows, Locale locale) {
        String title = getTranslation("dashboard.stages");
        Div s = Sections.add(this, title, "dashboard.stages.help");
        Map<CaseStage, Map<SupportLevel, Long>> grid = new EnumMap<>(CaseStage.class);
        rows.forEach(r -> grid.computeIfAbsent(r.stage(), k -> new EnumMap<>(SupportLevel.class)).put(r.level(), r.count()));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("case.stage"));
        for (SupportLevel l : SupportLevel.values()) {
            headers.add(getTranslation(l.messageKey()));
        }
        headers.add(getTranslation("dashboard.total"));
        NativeTable t = Tables.table(title, headers);
        List<BarChart.Bar> bars = new ArrayList<>();
        grid.forEach((stage, byLevel) -> {
            List<Object> cells = new ArrayList<>();
            cells.add(getTranslation(stage.messageKey()));
            long total = 0;
            for (SupportLevel l : SupportLevel.values()) {
                long n = byLevel.getOrDefault(l, 0L);
                total += n;
                cells.add(n == 0 ? "0" : FigureLink.of(n, Figure.TEAM_STAGE_LEVEL, stage.name() + ":" + l.name(), locale));
            }
            cells.add(NumberFormat.getIntegerInstance(locale).format(total));
            Tables.row(t, cells.toArray());
            bars.add(new BarChart.Bar(getTranslation(stage.messageKey()), total, null));
        });
        s.add(pair(new BarChart(title, bars, null, locale), t));
    }

    private void responses(List<Dashboards.Response> rows, DashboardExports exports, Clock clock, Locale locale) {
        String title = getTranslation("dashboard.responses");
        Div s = Sections.add(this, title, "dashboard.responses.help");
        NativeTable t = Tables.table(title, List.of(getTranslation("referral.urgency"),
                getTranslation("dashboard.responses.target"), getTranslation("dashboard.responses.received"),
                getTranslation("dashboard.responses.verified"), getTranslation("dashboard.responses.within"),
                getTranslation("dashboard.responses.late"), getTranslation("dashboard.responses.median")));
        List<BarChart.Bar> bars = new ArrayList<>();
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        for (Dashboards.Response r : rows) {
            Tables.row(t, getTranslation(r.urgency().messageKey()), one.format(r.targetHours()),
                    r.received() == 0 ? "0" : FigureLink.of(r.received(), Figure.REFERRALS_RECEIVED, r.urgency().name(), locale),
                    one.format(r.verified()), one.format(r.withinTarget()),
                    r.late() == 0 ? "0" : FigureLink.of(r.late(), Figure.REFERRALS_LATE, r.urgency().name(), locale),
                    r.medianHours() == null ? "—" : one.format(r.medianHours()));
            if (r.medianHours() != null) {
                bars.add(new BarChart.Bar(getTranslation(r.urgency().messageKey()), r.medianHours(), (double) r.targetHours()));
            }
        }
        s.add(pair(new BarChart(getTranslation("dashboard.responses.chart"), bars,
                getTranslation("dashboard.responses.overTarget"), locale), t),
                new ExportLinks("response-times", clock, exports::responseTimes));
    }

    private void overdue(List<Dashboards.AgencyOverdue> rows, Locale locale) {
        String title = getTranslation("dashboard.overdue");
        Div s = Sections.add(this, title, "dashboard.overdue.help");
        if (rows.isEmpty()) {
            s.add(new Paragraph(getTranslation("dashboard.overdue.none")));
            return;
        }
        NativeTable t = Tables.table(title, List.of(getTranslation("dashboard.overdue.agency"),
                getTranslation("dashboard.overdue.tasks"), getTranslation("dashboard.overdue.requests")));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Dashboards.AgencyOverdue r : rows) {
            String name = r.agencyId() == 0 ? getTranslation("dashboard.overdue.family") : r.agencyName();
            Tables.row(t, name, r.tasks() == 0 ? "0" : FigureLink.of(r.tasks(), Figure.TEAM_OVERDUE_TASKS, String.valueOf(r.agencyId()), locale),
                    r.requests() == 0 ? "0" : FigureLink.of(r.requests(), Figure.TEAM_OVERDUE_REQUESTS, String.valueOf(r.agencyId()), locale));
            bars.add(new BarChart.Bar(name, r.tasks() + r.requests(), null));
        }
        s.add(pair(new BarChart(title, bars, null, locale), t));
    }

    private void outcomes(List<Dashboards.MonthOutcome> months, Locale locale) {
        String title = getTranslation("dashboard.outcomes");
        Div s = Sections.add(this, title, "dashboard.outcomes.help");
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.outcomes.month"));
        for (ClosureReason r : ClosureReason.values()) {
            headers.add(getTranslation(r.messageKey()));
        }
        headers.add(getTranslation("dashboard.total"));
        NativeTable t = Tables.table(title, headers);
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<SeriesChart.Point> points = new ArrayList<>();
        for (Dashboards.MonthOutcome m : months) {
            List<Object> cells = new ArrayList<>();
            cells.add(monthName.format(m.month()));
            for (ClosureReason r : ClosureReason.values()) {
                long n = m.byReason().getOrDefault(r, 0L);
                cells.add(n == 0 ? "0" : FigureLink.of(n, Figure.TEAM_CLOSED, m.month() + ":" + r.name(), locale));
            }
            cells.add(NumberFormat.getIntegerInstance(locale).format(m.total()));
            Tables.row(t, cells.toArray());
            points.add(new SeriesChart.Point(m.month().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale),
                    BigDecimal.valueOf(m.total())));
        }
        s.add(pair(new SeriesChart(getTranslation("dashboard.outcomes.chart"), points, locale), t));
    }

    private void followUps(Map<FollowUpResult, Long> results, Locale locale) {
        String title = getTranslation("dashboard.followUps");
        Div s = Sections.add(this, title, "dashboard.followUps.help");
        NativeTable t = Tables.table(title, List.of(getTranslation("followUp.result"), getTranslation("dashboard.count")));
        results.forEach((r, n) -> Tables.row(t, getTranslation(r.messageKey()),
                n == 0 ? "0" : FigureLink.of(n, Figure.TEAM_FOLLOW_UPS, r.name(), locale)));
        s.add(t);
    }

    static Div pair(Component chart, NativeTable table) {
        Div d = new Div(chart, table);
        d.addClassName("dashboard-pair");
        return d;
    }
}
