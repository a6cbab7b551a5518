package org.consilium.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The top of a list page: a search field and the button that adds a new entry. The page's title is
 * shown by the main layout's header.
 */
public class ViewToolbar extends Composite<HorizontalLayout> {

    public final TextField filter = new TextField();
    public final Button addButton = new Button();

    public ViewToolbar(String filterPlaceholder, String addLabel,
                       Consumer<String> onFilter, Runnable onAdd) {
        HorizontalLayout layout = getContent();
        layout.addClassName("view-toolbar");
        layout.setWidthFull();
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter.setPlaceholder(filterPlaceholder);
        filter.setAriaLabel(filterPlaceholder);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setWidth("min(24rem, 100%)");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> onFilter.accept(e.getValue()));
        addButton.setText(addLabel);
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.addClickListener(e -> onAdd.run());
        Div spacer = new Div();
        layout.add(filter, spacer, addButton);
        layout.setFlexGrow(1, spacer);
    }
}
