package org.consilium.referral.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.consilium.base.ui.Formats;
import org.consilium.base.ui.Notifications;
import org.consilium.base.ui.TitledView;
import org.consilium.referral.ReferralRow;
import org.consilium.referral.ReferralService;
import org.consilium.security.AppRoles;

/**
 * For schools, police and health services: report a family in need, and follow what became of the
 * agency's referrals (their status only, never the case behind them).
 */
@Route("my-referrals")
@Menu(order = 5, icon = "vaadin:paperplane", title = "menu.myReferrals")
@RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class ReportFamilyView extends VerticalLayout implements TitledView {

    final Button report = new Button();
    final Grid<ReferralRow> grid = new Grid<>();
    ReferralForm form;
    private final ReferralService referrals;

    ReportFamilyView(ReferralService referrals) {
        this.referrals = referrals;
        setSizeFull();
        report.setText(getTranslation("referral.report"));
        report.setIcon(VaadinIcon.PLUS.create());
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> openForm());
        grid.addColumn(r -> Formats.dateTime(r.receivedAt(), getLocale())).setHeader(getTranslation("referral.receivedAt")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.urgency().messageKey())).setHeader(getTranslation("referral.urgency")).setAutoWidth(true);
        grid.addColumn(ReferralRow::peopleConcerned).setHeader(getTranslation("referral.peopleConcerned")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Span s = new Span(getTranslation(r.status().messageKey()));
            s.getElement().getThemeList().add("badge");
            return s;
        }).setHeader(getTranslation("referral.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("referral.mine.empty"));
        grid.setSizeFull();
        refresh();
        add(new Paragraph(getTranslation("referral.mine.intro")), report, grid);
    }

    private void refresh() {
        grid.setItems(query -> referrals.ofMyAgency(toSpringPageRequest(query)).stream());
    }

    private void openForm() {
        ReferralForm opened = new ReferralForm(List.of(), false);
        opened.addSaveListener(e -> {
            if (opened.submit(() -> referrals.submitFromMyAgency(opened.details()))) {
                refresh();
                Notifications.success(getTranslation("referral.reported"));
            }
        });
        form = opened;
        opened.open();
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.myReferrals");
    }
}
