package org.consilium.agency.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.ui.RowOpening;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyService;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.base.ui.ViewToolbar;
import org.consilium.security.AppRoles;

/** Administrators' list of agencies, with create and edit. */
@Route("admin/agencies")
@Menu(order = 20, icon = "vaadin:office", title = "menu.agencies")
@RolesAllowed(AppRoles.ADMIN)
class AgencyListView extends VerticalLayout implements TitledView {

    final Grid<Agency> grid = new Grid<>();
    final ViewToolbar toolbar;
    private final AgencyService service;
    private String filter = "";
    AgencyForm form;

    AgencyListView(AgencyService service) {
        this.service = service;
        setSizeFull();
        toolbar = new ViewToolbar(getTranslation("agency.list.filter"),
                getTranslation("agency.new"), this::filter, () -> open(null));

        grid.addColumn(Agency::getCode).setHeader(getTranslation("agency.code")).setKey("code").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Agency::getName).setHeader(getTranslation("agency.name")).setKey("name").setSortable(true).setFlexGrow(1).setWidth("24rem");
        grid.addColumn(a -> getTranslation(a.getType().messageKey())).setHeader(getTranslation("agency.type"))
                .setKey("type").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Agency::getDistrict).setHeader(getTranslation("agency.district")).setKey("district").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("agency.list.empty"));
        RowOpening.open(grid, row -> open(row));
        grid.setSizeFull();
        refresh();

        add(toolbar, grid);
    }

    private void filter(String value) {
        this.filter = value;
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> service.page(toSpringPageRequest(query), filter).stream());
    }

    private void open(Agency agency) {
        AgencyForm opened = new AgencyForm(agency);
        opened.addSaveListener(e -> {
            if (opened.submit(() -> save(opened))) {
                refresh();
                Notifications.success(getTranslation("agency.saved", opened.details().getName().strip()));
            }
        });
        form = opened;
        opened.open();
    }

    private void save(AgencyForm source) {
        if (source.isNew()) {
            service.create(source.details());
        } else {
            service.update(source.recordId(), source.version(), source.details());
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("agency.list.title");
    }
}
