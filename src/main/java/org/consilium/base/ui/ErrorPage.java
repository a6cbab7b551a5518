package org.consilium.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly body of an error page: a heading, an explanation and a way back. */
abstract class ErrorPage extends VerticalLayout implements TitledView {

    final H1 heading = new H1();
    final Paragraph explanation = new Paragraph();
    final Anchor backLink = new Anchor("", "");

    ErrorPage() {
        addClassName("error-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(heading, explanation, backLink);
        // An error page may be shown outside the portal's layout; it is the document's main part either way.
        SkipLink.markMain(getElement());
    }

    void show(String headingKey, String explanationKey) {
        heading.setText(getTranslation(headingKey));
        explanation.setText(getTranslation(explanationKey));
        backLink.setText(getTranslation("error.backHome"));
    }

    @Override
    public String viewTitle() {
        return heading.getText();
    }
}
