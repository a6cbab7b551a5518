package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.TitledView;
import org.consilium.dashboard.DashboardLine;
import org.consilium.dashboard.DashboardLists;
import org.consilium.dashboard.Figure;
import org.consilium.security.AppRoles;

/** The list behind a dashboard's figure: each row a link to the case, plan or request it is. */
@Route("dashboard/list")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.CURATOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class DashboardListView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    final H2 title = new H2();
    private final DashboardLists lists;
    List<DashboardLine> rows = List.of();

    DashboardListView(DashboardLists lists) {
        this.lists = lists;
        Anchor back = new Anchor("dashboard", getTranslation("dashboard.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        String figureName = params.getSingleParameter("figure").orElse("");
        String key = params.getSingleParameter("key").orElse("");
        Figure figure = Arrays.stream(Figure.values()).filter(f -> f.name().equals(figureName)).findFirst().orElse(null);
        if (figure == null) {
            title.setText(getTranslation("dashboard.list.unknown"));
            return;
        }
        LoadOrRefuse.load(event, () -> Optional.of(lists.rows(figure, key))).ifPresent(found -> {
            rows = found;
            title.setText(getTranslation(figure.messageKey()) + " — " + getTranslation("dashboard.list.count", found.size()));
            add(new Paragraph(getTranslation("dashboard.list.help")), Lines.list(found, this, getLocale()));
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.dashboards");
    }
}
