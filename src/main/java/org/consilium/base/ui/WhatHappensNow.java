package org.consilium.base.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A short "what happens now" on a family's page: what the family can do now and what happens next,
 * in plain words (seed 002: equal access). The page says which step it shows; the box carries it as
 * {@code data-step} for styles and tests.
 */
public class WhatHappensNow extends Section {

    final Paragraph now = new Paragraph();
    final Paragraph next = new Paragraph();
    private final Span nextText = new Span();

    public WhatHappensNow() {
        addClassName("what-now");
        H3 heading = new H3(getTranslation("family.now.title"));
        heading.addComponentAsFirst(VaadinIcon.INFO_CIRCLE_O.create());
        now.addClassName("what-now-text");
        Span label = new Span(getTranslation("family.next.title") + " ");
        label.addClassName("what-now-next-label");
        next.add(label, nextText);
        next.addClassName("what-now-next");
        add(heading, now, next);
    }

    /** Shows the step named {@code step}: what the family can do now, and what happens next. */
    public void show(String step, String nowText, String nextTextValue) {
        getElement().setAttribute("data-step", step);
        now.setText(nowText);
        nextText.setText(nextTextValue);
    }

    /** The whole text, as the family reads it. */
    public String text() {
        return now.getText() + " " + nextText.getText();
    }
}
