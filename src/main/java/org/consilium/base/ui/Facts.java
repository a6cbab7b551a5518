package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled fact on a record's page or dialog ("Curator: Olena Kovalenko"). */
public final class Facts {

    private Facts() {
    }

    /** A fact with its value as text; an empty value shows the label alone. */
    public static Div fact(String label, String value) {
        return value == null || value.isEmpty() ? fact(label, (Component) null) : fact(label, new Span(value));
    }

    /** A fact whose value is a component (a link, a badge, a date with a warning). */
    public static Div fact(String label, Component value) {
        Div f = new Div();
        f.addClassName("case-fact");
        Span l = new Span(label);
        l.addClassName("case-fact-label");
        f.add(l);
        if (value != null) {
            value.addClassName("case-fact-value");
            f.add(value);
        }
        return f;
    }
}
