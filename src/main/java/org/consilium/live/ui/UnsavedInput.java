package org.consilium.live.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;

/**
 * Whether the reader has typed or chosen something in a part of a page since it was last shown: such
 * a part is not shown again under their hands when someone else changes the record; the page says
 * what changed and lets them show it when they are ready.
 */
public final class UnsavedInput {

    private boolean touched;

    private UnsavedInput() {
    }

    /** Starts watching every field now inside {@code root}. */
    public static UnsavedInput in(Component root) {
        UnsavedInput input = new UnsavedInput();
        input.watch(root);
        return input;
    }

    private void watch(Component c) {
        if (c instanceof AbstractField<?, ?> field) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    touched = true;
                }
            });
        }
        c.getChildren().forEach(this::watch);
    }

    /** Whether anything was typed or chosen since the watch began. */
    public boolean any() {
        return touched;
    }
}
