package org.consilium.base.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action that cannot simply be taken back: a sentence saying what will happen, Cancel
 * and the action's own name on the primary button. It is an {@link EditDialog} with nothing to fill
 * in, so the view runs the action with {@link #submit} like any other save.
 */
public class ConfirmDialog extends EditDialog<ConfirmDialog.Nothing> {

    /** Nothing is typed into a confirmation. */
    public static final class Nothing {
    }

    final Paragraph question;

    /**
     * @param titleKey  the dialog's heading (usually the action)
     * @param text      what will happen, already in the user's language
     * @param actionKey the primary button's label
     */
    public ConfirmDialog(String titleKey, String text, String actionKey) {
        super(Nothing.class, null, 0, new Nothing(), titleKey);
        question = new Paragraph(text);
        add(question);
        save.setText(getTranslation(actionKey));
    }

    /** Marks the action as one that removes or ends something. */
    public ConfirmDialog dangerous() {
        save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }
}
