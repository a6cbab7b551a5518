package org.consilium.casefile.ui;

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
import java.util.Optional;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.SharedCase;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

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
        Optional<SharedCase> found;
        try {
            found = sharing.shared(caseId);
        } catch (AccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        current = found.get();
        title.setText(getTranslation("shared.title", current.familyName()));
        facts.removeAll();
        facts.add(fact("shared.children", String.join(", ", current.children())),
                fact("shared.curator", getTranslation("shared.curatorAt", current.curatorName(), current.curatorAgency())),
                fact("case.stage", getTranslation(current.stage().messageKey())));
        Div how = fact("sharing.title", "");
        Span badge = SharedCasesView.badge(this, current, getLocale());
        badge.getStyle().set("align-self", "flex-start");
        how.add(badge);
        facts.add(how);
        Anchor plan = new Anchor("plan/" + caseId, getTranslation("case.planLink"));
        plan.getElement().setAttribute("router-link", true);
        plan.addClassName("case-plan-link");
        facts.add(plan);
    }

    private Div fact(String labelKey, String value) {
        Div f = new Div();
        f.addClassName("case-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("case-fact-label");
        f.add(label);
        if (!value.isEmpty()) {
            Span v = new Span(value);
            v.addClassName("case-fact-value");
            f.add(v);
        }
        return f;
    }

    @Override
    public String viewTitle() {
        return (current == null ? getTranslation("menu.sharedCases") : current.familyName());
    }
}
