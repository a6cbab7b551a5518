package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog that shows a record and saves nothing itself (a family's members, what changed between two
 * plan versions, a referral with the actions intake may take on it): a heading, the content and Close.
 * Anything that saves input opens an {@link EditDialog} of its own (decision 0015).
 */
public class ReadDialog extends Dialog {

    public final Button closeButton = new Button();

    public ReadDialog(String titleKey, Object... titleArguments) {
        this();
        setHeaderTitle(getTranslation(titleKey, titleArguments));
    }

    /** For a dialog whose heading needs its own locale (a date in it); it sets the heading itself. */
    protected ReadDialog() {
        setWidth("min(48rem, 95vw)");
        closeButton.setText(getTranslation("action.close"));
        closeButton.addClickListener(e -> close());
        getFooter().add(closeButton);
    }

    /** Buttons for what may be done with the record, after Close as Save comes after Cancel. */
    public void addActions(Component... actions) {
        getFooter().add(actions);
    }
}
