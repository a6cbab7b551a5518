package org.consilium.casefile.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.consilium.base.ui.RowOpening;
import org.consilium.base.BusinessException;
import org.consilium.base.ui.ExportLinks;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseFilter;
import org.consilium.casefile.CaseListExport;
import org.consilium.casefile.CaseLists;
import org.consilium.casefile.CaseRow;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.CuratorName;
import org.consilium.casefile.SupportLevel;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The team's cases: filter by stage, level, urgency, curator, district, overdue work, family member;
 * open one to work on it; export what it shows to Excel or CSV (decision 0033). {@code ?overdue} and
 * {@code ?curator=<id>} preset the filters (the homes link here with them).
 */
@Route("cases")
@Menu(order = 10, icon = "vaadin:folder-open", title = "menu.cases")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
class CaseListView extends VerticalLayout implements TitledView, BeforeEnterObserver {

    final TextField member = new TextField();
    final ComboBox<CaseStage> stage = new ComboBox<>();
    final ComboBox<SupportLevel> level = new ComboBox<>();
    final ComboBox<Urgency> urgency = new ComboBox<>();
    final Checkbox openOnly = new Checkbox();
    final Checkbox overdueOnly = new Checkbox();
    final ComboBox<CuratorName> curator = new ComboBox<>();
    final ComboBox<String> district = new ComboBox<>();
    final Grid<CaseRow> grid = new Grid<>();
    final ExportLinks export;
    private final CaseLists cases;
    private final Clock clock;
    /** What the list shows and in which order, for an export the browser asks for outside the page's lock. */
    private volatile CaseFilter shown = CaseFilter.all();
    private volatile Sort shownOrder = CaseListExport.LIST_ORDER;

    CaseListView(CaseLists cases, CaseListExport exports, Clock clock) {
        this.cases = cases;
        this.clock = clock;
        setSizeFull();

        member.setPlaceholder(getTranslation("case.list.member"));
        member.setAriaLabel(getTranslation("case.list.member"));
        member.setPrefixComponent(VaadinIcon.SEARCH.create());
        member.setClearButtonVisible(true);
        member.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setPlaceholder(getTranslation("case.stage"));
        stage.setItems(CaseStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        stage.setClearButtonVisible(true);
        level.setPlaceholder(getTranslation("case.level"));
        level.setItems(SupportLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setClearButtonVisible(true);
        curator.setPlaceholder(getTranslation("case.curator"));
        curator.setItems(cases.teamCurators());
        curator.setItemLabelGenerator(CuratorName::fullName);
        curator.setClearButtonVisible(true);
        curator.addValueChangeListener(e -> refresh());
        district.setPlaceholder(getTranslation("agency.district"));
        district.setItems(cases.teamDistricts());
        district.setClearButtonVisible(true);
        district.addValueChangeListener(e -> refresh());
        urgency.setPlaceholder(getTranslation("referral.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation(u.messageKey()));
        urgency.setClearButtonVisible(true);
        urgency.addValueChangeListener(e -> refresh());
        overdueOnly.setLabel(getTranslation("case.list.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> refresh());
        openOnly.setLabel(getTranslation("case.list.openOnly"));
        openOnly.setValue(true);
        member.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        export = new ExportLinks("cases", clock, (format, locale, out) -> exports.export(shown, shownOrder, format, locale, out));
        HorizontalLayout filters = new HorizontalLayout(member, stage, level, urgency, curator, district, openOnly,
                overdueOnly, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(CaseRow::familyName).setHeader(getTranslation("case.family")).setKey("f.name").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> badge(getTranslation(r.stage().messageKey()), r.open() ? "" : "contrast"))
                .setHeader(getTranslation("case.stage")).setKey("stage").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> badge(getTranslation(r.level().messageKey()), r.level() == SupportLevel.CRISIS ? "error" : ""))
                .setHeader(getTranslation("case.level")).setKey("supportLevel").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(r -> badge(getTranslation(r.urgency().messageKey()),
                        r.urgency() == Urgency.EMERGENCY ? "error" : r.urgency() == Urgency.URGENT ? "warning" : "contrast"))
                .setHeader(getTranslation("referral.urgency")).setKey("urgencyRank").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("case.dueOn")).setKey("stageDueOn").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CaseRow::curatorName).setHeader(getTranslation("case.curator")).setKey("u.fullName").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.openedAt(), getLocale())).setHeader(getTranslation("case.openedAt"))
                .setKey("openedAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> NumberFormat.getIntegerInstance(getLocale()).format(Duration.between(r.openedAt(), clock.instant()).toDays()))
                .setHeader(getTranslation("case.daysOpen")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("case.list.empty"));
        RowOpening.open(grid, row -> getUI().ifPresent(ui -> ui.navigate(CasePageView.class, row.id())));
        grid.setSizeFull();
        refresh();
        add(filters, grid);
    }

    private static Span badge(String text, String theme) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            s.getElement().getThemeList().add(theme);
        }
        return s;
    }

    private Span due(CaseRow r) {
        Span s = new Span(r.dueOn() == null ? "—" : Formats.date(r.dueOn(), getLocale()));
        if (r.overdue()) {
            s.setText(getTranslation("case.overdue", s.getText()));
            s.getElement().getThemeList().addAll(List.of("badge", "error", "primary"));
            s.addClassName("overdue");
        }
        return s;
    }

    /** Presets the filters from the address: {@code overdue} shows overdue work of open and closed cases. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        if (params.getParameters().containsKey("overdue")) {
            overdueOnly.setValue(true);
            openOnly.setValue(false);
        }
        params.getSingleParameter("curator").ifPresent(id -> curator.getListDataView().getItems()
                .filter(c -> String.valueOf(c.curatorId()).equals(id)).findFirst().ifPresent(curator::setValue));
    }

    private void refresh() {
        CaseFilter filter = new CaseFilter(stage.getValue(), level.getValue(),
                curator.getValue() == null ? null : curator.getValue().curatorId(), member.getValue(), openOnly.getValue(),
                district.getValue() == null ? "" : district.getValue(), urgency.getValue(), overdueOnly.getValue());
        shown = filter;
        member.setInvalid(false);
        grid.setItems(query -> {
            PageRequest page = toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = page.withSort(CaseListExport.LIST_ORDER);
            }
            shownOrder = page.getSort();
            try {
                return cases.page(filter, page).stream();
            } catch (BusinessException e) {
                // A name that fits too many families: the field says to type more of it.
                member.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
                member.setInvalid(true);
                return Stream.empty();
            }
        });
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.cases");
    }
}
