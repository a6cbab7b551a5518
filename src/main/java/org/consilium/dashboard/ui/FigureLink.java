package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.consilium.dashboard.Figure;

/** A figure written as a number that opens the list of what it counts. */
final class FigureLink {

    private FigureLink() {
    }

    /** The number, linking to the list behind {@code figure} narrowed by {@code key}. */
    static Anchor of(long value, Figure figure, String key, Locale locale) {
        String query = QueryParameters.simple(Map.of("figure", figure.name(), "key", key == null ? "" : key)).getQueryString();
        return to(value, "dashboard/list?" + query, locale);
    }

    /** The number, linking to {@code route}. */
    static Anchor to(long value, String route, Locale locale) {
        Anchor a = new Anchor(route, NumberFormat.getIntegerInstance(locale).format(value));
        a.getElement().setAttribute("router-link", true);
        a.addClassName("dashboard-figure");
        return a;
    }
}
