package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * What a multi-select box tells a screen reader (a chip focused, added, removed, the count chosen), in
 * the user's language. The count is put in by the browser in place of {@code {count}}, which the bundles
 * cannot hold as it is (their texts are ICU patterns), so the bundle takes it as an argument.
 */
public final class MultiSelects {

    private MultiSelects() {
    }

    public static MultiSelectComboBoxI18n i18n(Component shownIn) {
        return new MultiSelectComboBoxI18n()
                .setCleared(shownIn.getTranslation("multiSelect.cleared"))
                .setFocused(shownIn.getTranslation("multiSelect.focused"))
                .setSelected(shownIn.getTranslation("multiSelect.selected"))
                .setDeselected(shownIn.getTranslation("multiSelect.deselected"))
                .setTotal(shownIn.getTranslation("multiSelect.total", "{count}"));
    }
}
