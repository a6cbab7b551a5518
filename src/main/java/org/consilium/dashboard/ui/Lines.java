package org.consilium.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.consilium.base.ui.Formats;
import org.consilium.dashboard.DashboardLine;

/** The rows behind a figure as a list of links: date, family, what it is. An empty list says so. */
final class Lines {

    private Lines() {
    }

    static Component list(List<DashboardLine> lines, Component context, Locale locale) {
        if (lines.isEmpty()) {
            return new Paragraph(context.getTranslation("dashboard.list.empty"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("dashboard-lines");
        for (DashboardLine l : lines) {
            String text = context.getTranslation("dashboard.line", l.date() == null ? "—" : Formats.date(l.date(), locale), l.familyName(), text(l, context));
            Anchor a = new Anchor(l.route(), text);
            a.getElement().setAttribute("router-link", true);
            list.add(new ListItem(a));
        }
        return list;
    }

    /** What the row is, in the reader's language: an argument that is a message key is translated too. */
    static String text(DashboardLine l, Component c) {
        Object[] args = l.args().stream().map(a -> a.matches("[a-z][A-Za-z]*(\\.[A-Za-z_]+)+") ? c.getTranslation(a) : a).toArray();
        return c.getTranslation(l.whatKey(), args);
    }
}
