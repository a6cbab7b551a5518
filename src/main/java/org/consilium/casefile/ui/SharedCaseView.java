package org.consilium.casefile.ui;

import static org.consilium.base.ui.Facts.fact;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.SharedCase;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;

/**
 * One case as a partner agency taking part in it sees it. Anyone else, and an agency whose consent
 * was withdrawn, gets "not available to you" (and the attempt is in the audit log).
 */
@Route("shared-case")
@RolesAllowed({AppRoles.SCHOOL, AppRoles.POLICE, AppRoles.HEALTH})
class SharedCaseView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final H2 title = new H2();
    final Div facts = new Div();
    private final SharingService sharing;
    private SharedCase current;

    SharedCaseView(SharingService sharing) {
        this.sharing = sharing;
        facts.addClassName("case-header");
        Anchor back = new Anchor("shared", getTranslation("menu.sharedCases"));
        back.getElement().setAttribute("router-link", true);
        add(back, title, new Paragraph(getTranslation("shared.intro")), facts);
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        LoadOrRefuse.load(event, () -> sharing.shared(caseId)).ifPresent(found -> show(found, caseId));
    }

    private void show(SharedCase shared, long caseId) {
        current = shared;
        title.setText(getTranslation("shared.title", shared.familyName()));
        facts.removeAll();
        Span badge = SharedCasesView.badge(this, shared, getLocale());
        badge.getStyle().set("align-self", "flex-start");
        facts.add(fact(getTranslation("shared.children"), String.join(", ", shared.children())),
                fact(getTranslation("shared.curator"), getTranslation("shared.curatorAt", shared.curatorName(),
                        shared.curatorAgency())),
                fact(getTranslation("case.stage"), getTranslation(shared.stage().messageKey())),
                fact(getTranslation("sharing.title"), badge));
        Anchor plan = new Anchor("plan/" + caseId, getTranslation("case.planLink"));
        plan.getElement().setAttribute("router-link", true);
        plan.addClassName("case-plan-link");
        facts.add(plan);
    }

    @Override
    public String viewTitle() {
        return current == null ? getTranslation("menu.sharedCases") : current.familyName();
    }
}
