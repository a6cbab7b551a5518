package org.consilium.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The mark of something past its date: a red badge that says so in words and with a clock, never by its colour alone. */
public final class OverdueMark {

    private OverdueMark() {
    }

    public static Span of(String text, String className) {
        Span mark = new Span(text);
        mark.addComponentAsFirst(VaadinIcon.CLOCK.create());
        mark.getElement().getThemeList().add("badge error");
        mark.addClassName(className);
        return mark;
    }
}
