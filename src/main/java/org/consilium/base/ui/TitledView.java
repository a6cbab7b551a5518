package org.consilium.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page with a title in the user's language. The browser tab reads "title · Consilium"; the layout's
 * heading shows the title alone, from {@link #viewTitle()}.
 */
public interface TitledView extends HasDynamicTitle {

    /** The page's own title, without the application's name. */
    String viewTitle();

    @Override
    default String getPageTitle() {
        String app = this instanceof Component c ? c.getTranslation("app.name") : "";
        return viewTitle() + " · " + app;
    }
}
