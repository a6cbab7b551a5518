package org.consilium.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** The numbers of a chart as a table: a caption, the column headers, then rows of texts or components. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String caption, List<String> headers) {
        NativeTable t = new NativeTable();
        t.addClassName("dashboard-table");
        t.setCaptionText(caption);
        NativeTableRow head = t.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        return t;
    }

    /** A row: a text is written as it is, a component (a figure's link) is placed. */
    static void row(NativeTable t, Object... cells) {
        NativeTableRow row = t.getBody().addRow();
        for (Object c : cells) {
            if (c instanceof Component component) {
                row.addDataCell().add(component);
            } else {
                row.addDataCell().setText(c == null ? "—" : c.toString());
            }
        }
    }
}
