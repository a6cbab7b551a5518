package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A titled section of a dashboard with a line saying what it counts, added to its part. */
final class Sections {

    private Sections() {
    }

    static Div add(Div part, String title, String helpKey) {
        Div s = new Div();
        s.addClassName("dashboard-section");
        s.add(new H3(title), new Paragraph(part.getTranslation(helpKey)));
        part.add(s);
        return s;
    }
}
