package org.consilium.account.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.consilium.base.ui.RowOpening;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.account.UserRow;
import org.consilium.agency.AgencyService;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.base.ui.ViewToolbar;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;

/** Administrators' list of user accounts, with create and edit. */
@Route("admin/users")
@Menu(order = 30, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(AppRoles.ADMIN)
class UserListView extends VerticalLayout implements TitledView {

    final Grid<UserRow> grid = new Grid<>();
    final ViewToolbar toolbar;
    private final UserAccountService accounts;
    private final AgencyService agencies;
    private final FamilyService families;
    private String filter = "";
    UserForm form;

    UserListView(UserAccountService accounts, AgencyService agencies, FamilyService families) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.families = families;
        setSizeFull();
        toolbar = new ViewToolbar(getTranslation("account.list.filter"),
                getTranslation("account.new"), this::filter, () -> open(null));

        grid.addColumn(UserRow::username).setHeader(getTranslation("account.username")).setKey("username").setSortable(true).setAutoWidth(true);
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("account.fullName")).setKey("fullName").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.roles().stream().sorted().map(role -> getTranslation("role." + role)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.roles")).setKey("roles").setAutoWidth(true);
        grid.addColumn(r -> r.familyName().isEmpty() ? r.agencyName() : r.familyName())
                .setHeader(getTranslation("account.place")).setKey("place").setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("account.status")).setKey("status").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("account.list.empty"));
        RowOpening.open(grid, row -> open(row.id()));
        grid.setSizeFull();
        refresh();

        add(toolbar, grid);
    }

    private Span status(UserRow row) {
        Span badge = new Span();
        badge.getElement().getThemeList().add("badge");
        if (!row.enabled()) {
            badge.setText(getTranslation("account.status.disabled"));
            badge.getElement().getThemeList().add("contrast");
        } else if (row.signInPaused()) {
            badge.setText(getTranslation("account.status.signInPaused"));
            badge.getElement().getThemeList().add("error");
        } else {
            badge.setText(getTranslation("account.status.active"));
            badge.getElement().getThemeList().add("success");
        }
        return badge;
    }

    private void filter(String value) {
        this.filter = value;
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> accounts.page(toSpringPageRequest(query), filter).stream());
    }

    private void open(Long id) {
        UserForm opened;
        if (id == null) {
            opened = new UserForm(null, 0, new UserAccountDetails(), agencies.all(), families.all());
        } else {
            var editable = accounts.edit(id);
            if (editable.isEmpty()) {
                Notifications.error(getTranslation("error.notFound.record"));
                refresh();
                return;
            }
            opened = new UserForm(id, editable.get().version(), editable.get().details(), agencies.all(), families.all());
        }
        opened.addSaveListener(e -> {
            if (opened.submit(() -> save(opened))) {
                refresh();
                Notifications.success(getTranslation("account.saved", opened.details().getFullName().strip()));
            }
        });
        form = opened;
        opened.open();
    }

    private void save(UserForm source) {
        if (source.isNew()) {
            accounts.create(source.details());
        } else {
            accounts.update(source.recordId(), source.version(), source.details());
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("account.list.title");
    }
}
