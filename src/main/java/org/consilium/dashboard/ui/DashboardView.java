package org.consilium.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.ui.TitledView;
import org.consilium.dashboard.DashboardExports;
import org.consilium.dashboard.Dashboards;
import org.consilium.security.AppRoles;

/**
 * The dashboards of the signed-in user's roles: a supervisor's team, a curator's own work, a partner
 * agency's requests and tasks. Every chart has its numbers as a table, and every number opens the list
 * of what it counts.
 */
@Route("dashboard")
@Menu(order = 11, icon = "vaadin:chart", title = "menu.dashboards")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.CURATOR, AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class DashboardView extends VerticalLayout implements TitledView {

    SupervisorPart supervisor;
    CuratorPart curator;
    PartnerPart partner;

    DashboardView(Dashboards dashboards, DashboardExports exports, UserAccountService accounts, Clock clock) {
        addClassName("dashboard-page");
        SignedInUser me = accounts.signedIn().orElseThrow();
        add(new Paragraph(getTranslation("dashboard.help")));
        if (me.hasRole(AppRoles.SUPERVISOR)) {
            supervisor = new SupervisorPart(dashboards.supervisor(), exports, clock);
            add(supervisor);
        }
        if (me.hasRole(AppRoles.CURATOR)) {
            curator = new CuratorPart(dashboards.curator());
            add(curator);
        }
        if (me.hasRole(AppRoles.SCHOOL) || me.hasRole(AppRoles.POLICE) || me.hasRole(AppRoles.HEALTH)) {
            partner = new PartnerPart(dashboards.partner());
            add(partner);
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.dashboards");
    }
}
