package org.consilium.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.consilium.base.ui.RowOpening;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseSharing;
import org.consilium.casefile.SharedCase;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;

/** For partner agencies: the cases they take part in and may see, each opening what is shared. */
@Route("shared")
@Menu(order = 6, icon = "vaadin:handshake", title = "menu.sharedCases")
@RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class SharedCasesView extends VerticalLayout implements TitledView {

    final Grid<SharedCase> grid = new Grid<>();

    SharedCasesView(SharingService sharing) {
        setSizeFull();
        grid.addColumn(SharedCase::familyName).setHeader(getTranslation("case.family")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", c.children())).setHeader(getTranslation("shared.children")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("shared.curatorAt", c.curatorName(), c.curatorAgency()))
                .setHeader(getTranslation("shared.curator")).setAutoWidth(true);
        grid.addComponentColumn(c -> badge(this, c, getLocale())).setHeader(getTranslation("sharing.title")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(sharing.sharedWithMyAgency());
        grid.setEmptyStateText(getTranslation("shared.empty"));
        RowOpening.open(grid, row -> getUI().ifPresent(ui -> ui.navigate(SharedCaseView.class, row.caseId())));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("sharing.help")), grid);
    }

    /**
     * How the case is shared with the agency, as a badge; an emergency override stands out and says
     * until when it holds.
     */
    static Span badge(Component owner, SharedCase shared, Locale locale) {
        CaseSharing.Sharing sharing = shared.sharing();
        String text = owner.getTranslation(sharing.messageKey());
        if (shared.overrideUntil() != null) {
            text += " " + owner.getTranslation("sharing.override.holdsUntil",
                    Formats.dateTime(shared.overrideUntil(), locale));
        }
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        if (sharing == CaseSharing.Sharing.EMERGENCY_OVERRIDE) {
            s.getElement().getThemeList().add("error");
        }
        return s;
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.sharedCases");
    }
}
