package org.consilium.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * A list whose rows open what they stand for: by a click on the row, and by Enter on the row the
 * keyboard is on (the arrow keys move between rows, Tab into the list lands on one).
 * <p>
 * A click alone left keyboard users no way in: the grid tells the server which row has the focus, and
 * Enter opens that one. On a header cell there is no row, and Enter sorts as before.
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void open(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        FocusedRow<T> focused = new FocusedRow<>();
        grid.addCellFocusListener(e -> focused.item = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }, Key.ENTER).listenOn(grid).allowBrowserDefault().allowEventPropagation();
    }

    /** The row the keyboard is on, as the grid last told. */
    private static final class FocusedRow<T> implements java.io.Serializable {
        T item;
    }
}
