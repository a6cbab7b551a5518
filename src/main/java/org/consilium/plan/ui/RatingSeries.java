package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.SeriesChart;
import org.consilium.plan.FamilyWords;
import org.consilium.plan.GoalRating;
import org.consilium.plan.PlanPermissions.Audience;
import org.consilium.plan.PlanSheet;

/**
 * How a goal's rating went over time: a chart of its ratings (1 to 5) by date and the same ratings as a
 * table, with who rated and whether at a progress review. Hidden until the goal has been rated.
 */
class RatingSeries extends Div {

    private final Audience audience;

    RatingSeries(List<PlanSheet.Rated> ratings, Audience audience) {
        this.audience = audience;
        addClassName("plan-ratings");
        setVisible(!ratings.isEmpty());
        if (ratings.isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        String title = getTranslation(FamilyWords.key(audience, "plan.ratings.title"));
        add(new H4(title));
        List<SeriesChart.Point> points = ratings.stream()
                .map(r -> new SeriesChart.Point(Formats.date(r.on(), locale), BigDecimal.valueOf(r.rating()))).toList();
        Div box = new Div();
        box.addClassName("plan-readings-series");
        box.add(new SeriesChart(title, points, locale), table(title, ratings, locale));
        add(box);
    }

    private NativeTable table(String title, List<PlanSheet.Rated> ratings, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("plan-readings-table");
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("plan.ratings.on"));
        head.addHeaderCell().setText(getTranslation("plan.ratings.rating"));
        head.addHeaderCell().setText(getTranslation("plan.ratings.by"));
        for (PlanSheet.Rated r : ratings) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(r.on(), locale));
            row.addDataCell().setText(getTranslation(GoalRating.messageKey(r.rating())));
            row.addDataCell().setText(r.atReview() ? getTranslation(FamilyWords.key(audience, "plan.ratings.atReview"), r.by()) : r.by());
        }
        return table;
    }
}
