package org.consilium.family.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.consilium.base.ui.RowOpening;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.ReadDialog;
import org.consilium.base.ui.TitledView;
import org.consilium.family.FamilyCaseLinks.LatestCase;
import org.consilium.family.FamilyCaseLinks;
import org.consilium.family.FamilyRow;
import org.consilium.family.FamilyService;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Families known to social services, found by any member's name, a birth date or the address, in
 * any spelling, with where their case stands. Curators and supervisors open the case from here (by
 * its address: cases are a module above families, which this page does not know).
 */
@Route("families")
@Menu(order = 8, icon = "vaadin:family", title = "menu.families")
@RolesAllowed({AppRoles.INTAKE, AppRoles.CURATOR, AppRoles.SUPERVISOR})
class FamilyListView extends VerticalLayout implements TitledView {

    /** A family of the list with its latest case in the reader's team, if it has one. */
    record Row(FamilyRow family, LatestCase latestCase) {
    }

    final TextField search = new TextField();
    final Grid<Row> grid = new Grid<>();
    private final FamilyService families;
    private final FamilyCaseLinks caseLinks;

    FamilyListView(FamilyService families, FamilyCaseLinks caseLinks) {
        this.families = families;
        this.caseLinks = caseLinks;
        setSizeFull();
        search.setPlaceholder(getTranslation("family.search.placeholder"));
        search.setAriaLabel(getTranslation("family.search.placeholder"));
        search.setHelperText(getTranslation("family.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(r -> r.family().name()).setHeader(getTranslation("case.family")).setKey("name").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> members(r.family())).setHeader(getTranslation("case.members")).setWidth("16em").setFlexGrow(2);
        grid.addColumn(r -> r.family().address()).setHeader(getTranslation("family.address")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(r -> r.family().district()).setHeader(getTranslation("agency.district")).setKey("district")
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::caseBadge).setHeader(getTranslation("family.case")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("family.search.empty"));
        RowOpening.open(grid, row -> openDetails(row));
        grid.setSizeFull();
        refresh();
        add(search, grid);
    }

    private String members(FamilyRow f) {
        return f.members().stream()
                .map(m -> m.age() == null ? m.fullName() : getTranslation("family.memberWithAge", m.fullName(), m.age()))
                .collect(Collectors.joining(", "));
    }

    private Span caseBadge(Row r) {
        LatestCase c = r.latestCase();
        if (c == null) {
            return new Span(getTranslation("family.case.none"));
        }
        Span s = new Span(getTranslation("family.case.summary", getTranslation(c.stageKey()), c.curatorName()));
        s.getElement().getThemeList().add("badge");
        if (!c.open()) {
            s.getElement().getThemeList().add("contrast");
        }
        return s;
    }

    private void refresh() {
        String query = search.getValue();
        grid.setItems(q -> {
            PageRequest page = toSpringPageRequest(q);
            if (page.getSort().isUnsorted()) {
                page = page.withSort(Sort.by("name"));
            }
            List<FamilyRow> found = families.search(query, page).getContent();
            Map<Long, LatestCase> latest = caseLinks.latestCasesOf(found.stream().map(FamilyRow::id).toList());
            return found.stream().map(f -> new Row(f, latest.get(f.id())));
        });
    }

    /** The family's members and address, and a way to its case for those who may open it. */
    void openDetails(Row row) {
        FamilyRow f = families.open(row.family().id()).orElse(row.family());
        ReadDialog dialog = new ReadDialog("family.title", f.name());
        UnorderedList list = new UnorderedList();
        for (FamilyRow.Member m : f.members()) {
            StringBuilder text = new StringBuilder(m.fullName()).append(" — ").append(getTranslation(m.relation().messageKey()));
            if (m.birthDate() != null) {
                text.append(", ").append(Formats.date(m.birthDate(), getLocale()));
            }
            list.add(new ListItem(text.toString()));
        }
        dialog.add(list);
        if (!f.address().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("family.address") + ": " + f.address()
                    + (f.district().isEmpty() ? "" : " (" + f.district() + ")")));
        }
        LatestCase c = row.latestCase();
        dialog.add(new Paragraph(c == null ? getTranslation("family.case.none")
                : getTranslation("family.case.summary", getTranslation(c.stageKey()), c.curatorName())));
        if (c != null && c.mayRead()) {
            Button open = new Button(getTranslation("family.openCase"), e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("case/" + c.caseId()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.addActions(open);
        }
        dialog.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.families");
    }
}
