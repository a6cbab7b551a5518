package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.SeriesChart;
import org.consilium.plan.FamilyWords;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanSheet;

/**
 * What has been measured of a goal: for each indicator (days missed, …) a chart of its readings over
 * time and the same numbers as a table beside it (below it on a narrow screen); or a line saying no
 * reading has come yet.
 */
class GoalSeries extends Div {

    GoalSeries(List<PlanSheet.Reading> readings, Audience audience) {
        addClassName("plan-readings");
        add(new H4(getTranslation(FamilyWords.key(audience, "plan.readings.title"))));
        if (readings.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.readings.none"));
            none.addClassName("plan-readings-none");
            add(none);
            return;
        }
        Map<String, List<PlanSheet.Reading>> byIndicator = new LinkedHashMap<>();
        for (PlanSheet.Reading r : readings) {
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
        byIndicator.forEach((indicator, series) -> add(series(getTranslation(indicator), series)));
    }

    private Div series(String indicator, List<PlanSheet.Reading> series) {
        Locale locale = getLocale();
        Div box = new Div();
        box.addClassName("plan-readings-series");
        List<SeriesChart.Point> points = series.stream()
                .map(r -> new SeriesChart.Point(Formats.shortPeriod(r.periodStart(), r.periodEnd(), locale), r.value()))
                .toList();
        box.add(new SeriesChart(indicator, points, locale), table(indicator, series, locale));
        return box;
    }

    private NativeTable table(String indicator, List<PlanSheet.Reading> series, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("plan-readings-table");
        table.setCaptionText(indicator);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("plan.readings.period"));
        head.addHeaderCell().setText(getTranslation("plan.readings.value"));
        for (PlanSheet.Reading r : series) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.period(r.periodStart(), r.periodEnd(), locale));
            row.addDataCell().setText(Formats.number(r.value(), locale));
        }
        return table;
    }
}
