package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.BarChart;
import org.consilium.dashboard.Dashboards;
import org.consilium.dashboard.Figure;

/** The curator's dashboard: my open cases by stage, my overdue work, and my week. */
class CuratorPart extends Div {

    CuratorPart(Dashboards.CuratorBoard b) {
        addClassName("dashboard-part");
        Locale locale = getLocale();
        add(new H2(getTranslation("dashboard.curator")));

        Div cases = Sections.add(this, getTranslation("dashboard.myCases"), "dashboard.myCases.help");
        NativeTable t = Tables.table(getTranslation("dashboard.myCases"), List.of(getTranslation("case.stage"),
                getTranslation("dashboard.count")));
        List<BarChart.Bar> bars = new ArrayList<>();
        b.openByStage().forEach((stage, n) -> {
            Tables.row(t, getTranslation(stage.messageKey()), FigureLink.to(n, "cases", locale));
            bars.add(new BarChart.Bar(getTranslation(stage.messageKey()), n, null));
        });
        cases.add(SupervisorPart.pair(new BarChart(getTranslation("dashboard.myCases"), bars, null, locale), t));

        Div overdue = Sections.add(this, getTranslation("dashboard.myOverdue"), "dashboard.myOverdue.help");
        NativeTable o = Tables.table(getTranslation("dashboard.myOverdue"), List.of(getTranslation("dashboard.what"),
                getTranslation("dashboard.count")));
        Tables.row(o, getTranslation("dashboard.figure.MY_STAGE_OVERDUE"), FigureLink.of(b.stageOverdue(), Figure.MY_STAGE_OVERDUE, "", locale));
        Tables.row(o, getTranslation("dashboard.figure.MY_TASKS_OVERDUE"), FigureLink.of(b.tasksOverdue(), Figure.MY_TASKS_OVERDUE, "", locale));
        Tables.row(o, getTranslation("dashboard.figure.MY_REQUESTS_OVERDUE"),
                FigureLink.of(b.requestsOverdue(), Figure.MY_REQUESTS_OVERDUE, "", locale));
        overdue.add(o);

        Div week = Sections.add(this, getTranslation("dashboard.myWeek"), "dashboard.myWeek.help");
        week.add(new Paragraph(getTranslation("dashboard.myWeek.count")), FigureLink.of(b.weekCount(), Figure.MY_WEEK, "", locale));
        week.add(Lines.list(b.week(), this, locale));
    }
}
