package org.consilium.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The plan page's buttons: an action of the page, a main one, and the small ones on a goal or a task. */
final class Buttons {

    private Buttons() {
    }

    static Button plain(String key, Runnable action) {
        Button b = new Button();
        b.setText(b.getTranslation(key));
        b.addClickListener(e -> action.run());
        return b;
    }

    static Button primary(String key, Runnable action) {
        Button b = plain(key, action);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    static Button small(String key, Runnable action) {
        Button b = plain(key, action);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** A small button that removes something. */
    static Button removing(String key, Runnable action) {
        Button b = small(key, action);
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }

    /**
     * The button with an id that stays the same when the plan is shown anew, so that the keyboard comes
     * back to it after a dialog it opened is saved (frontend/scripts/focus-return.js).
     */
    static Button withId(Button button, String id) {
        button.setId(id);
        return button;
    }
}
