package org.consilium.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.consilium.audit.AuditFilter;
import org.consilium.audit.AuditLog;
import org.consilium.audit.AuditRow;
import org.consilium.base.AuditEvent;
import org.consilium.base.ui.Dates;
import org.consilium.base.ui.ExportLinks;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.security.AppRoles;

/**
 * The audit log for supervisors and administrators: who read, changed, exported or was refused
 * what, and every sign-in and sign-out; filtered by user, family, action and dates, and exported as a
 * workbook or CSV (the export is itself recorded, decision 0033).
 */
@Route("audit")
@Menu(order = 50, icon = "vaadin:eye", title = "menu.audit")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.ADMIN})
class AuditView extends VerticalLayout implements TitledView {

    /** The most entries one export holds; narrow the filter for older ones. */
    static final int EXPORT_MAX = 10_000;

    final TextField user = new TextField();
    final TextField family = new TextField();
    final ComboBox<AuditEvent.Action> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditRow> grid = new Grid<>();
    final ExportLinks export;
    private final AuditLog audit;
    /** What the filters show, for an export that the browser asks for outside the page's lock. */
    private volatile AuditFilter shown = AuditFilter.any();

    AuditView(AuditLog audit, Clock clock) {
        this.audit = audit;
        setSizeFull();
        user.setLabel(getTranslation("audit.user"));
        family.setLabel(getTranslation("audit.family"));
        for (TextField f : new TextField[] {user, family}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditEvent.Action.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        Dates.labelled(from, "audit.from");
        Dates.labelled(to, "audit.to");
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setMax(LocalDate.now(clock));
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> refresh());
        }
        export = new ExportLinks("audit", clock, (format, locale, out) -> audit.export(shown, EXPORT_MAX, format, locale, out));
        HorizontalLayout filters = new HorizontalLayout(user, family, action, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.addColumn(r -> Formats.dateTime(r.at(), getLocale())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditRow::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.action().messageKey())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(this::record).setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(r -> r.familyLabel() == null ? "" : r.familyLabel()).setHeader(getTranslation("audit.family")).setAutoWidth(true);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();
        refresh();
        add(filters, grid);
    }

    /** The kind of record in the user's language where the bundles name it, and its number. */
    private String record(AuditRow r) {
        if (r.entityType() == null) {
            return "";
        }
        String kind = getTranslation(RECORD_KEY_PREFIX + r.entityType());
        if (kind.startsWith("!")) {
            kind = r.entityType();
        }
        return r.entityId() == null ? kind : kind + " " + r.entityId();
    }

    private static final String RECORD_KEY_PREFIX = "audit.record.";

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), family.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter f = filter();
        shown = f;
        grid.setItems(q -> audit.search(f, toSpringPageRequest(q)).stream());
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.audit");
    }
}
