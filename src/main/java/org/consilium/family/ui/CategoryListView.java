package org.consilium.family.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.ui.RowOpening;
import org.consilium.base.ui.EditDialog;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.base.ui.ViewToolbar;
import org.consilium.family.CategoryDetails;
import org.consilium.family.FamilyCategory;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;

/** The reference list of family categories (seed 004), kept by administrators in three languages. */
@Route("admin/categories")
@Menu(order = 35, icon = "vaadin:tags", title = "menu.categories")
@RolesAllowed(AppRoles.ADMIN)
class CategoryListView extends VerticalLayout implements TitledView {

    final Grid<FamilyCategory> grid = new Grid<>();
    final ViewToolbar toolbar;
    CategoryForm form;
    private final FamilyService families;

    CategoryListView(FamilyService families) {
        this.families = families;
        setSizeFull();
        toolbar = new ViewToolbar(getTranslation("family.category.filter"), getTranslation("family.category.new"),
                this::refresh, () -> open(null));
        grid.addColumn(FamilyCategory::getCode).setHeader(getTranslation("agency.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.name(getLocale())).setHeader(getTranslation("agency.name")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation(c.isActive() ? "account.status.active" : "account.status.disabled"))
                .setHeader(getTranslation("account.status")).setAutoWidth(true).setFlexGrow(0);
        RowOpening.open(grid, row -> open(row));
        grid.setSizeFull();
        refresh("");
        add(toolbar, grid);
    }

    private void refresh(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(getLocale());
        // A short reference list: read whole, filtered here.
        grid.setItems(families.allCategories().stream()
                .filter(c -> f.isEmpty() || c.getCode().toLowerCase(getLocale()).contains(f) || c.name(getLocale()).toLowerCase(getLocale()).contains(f))
                .toList());
    }

    private void open(FamilyCategory category) {
        CategoryForm opened = new CategoryForm(category);
        opened.addSaveListener(e -> {
            opened.submitAndReturn(() -> families.saveCategory(opened.recordId(), opened.version(), opened.details()))
                    .ifPresent(saved -> {
                        refresh(toolbar.filter.getValue());
                        Notifications.success(getTranslation("family.category.saved", saved.name(getLocale())));
                    });
        });
        form = opened;
        opened.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.categories");
    }

    /** A category's code and names. */
    static class CategoryForm extends EditDialog<CategoryDetails> {

        final TextField code = new TextField();
        final TextField nameUk = new TextField();
        final TextField nameRu = new TextField();
        final TextField nameEn = new TextField();
        final Checkbox active = new Checkbox();

        CategoryForm(FamilyCategory c) {
            super(CategoryDetails.class, c == null ? null : c.getId(), c == null ? 0 : c.getVersion(),
                    c == null ? new CategoryDetails() : CategoryDetails.of(c), c == null ? "family.category.new" : "family.category.edit");
            code.setLabel(getTranslation("agency.code"));
            code.setHelperText(getTranslation("family.category.code.help"));
            nameUk.setLabel(getTranslation("family.category.nameUk"));
            nameRu.setLabel(getTranslation("family.category.nameRu"));
            nameEn.setLabel(getTranslation("family.category.nameEn"));
            active.setLabel(getTranslation("family.category.active"));
            bindFields();
            FormLayout form = new FormLayout(code, active, nameUk, nameRu, nameEn);
            form.setColspan(nameUk, 2);
            form.setColspan(nameRu, 2);
            form.setColspan(nameEn, 2);
            add(form);
        }
    }
}
