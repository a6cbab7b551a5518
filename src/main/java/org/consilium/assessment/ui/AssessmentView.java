package org.consilium.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.consilium.assessment.AssessmentCases;
import org.consilium.base.ui.LoadOrRefuse;
import org.consilium.base.ui.TitledView;
import org.consilium.casefile.CaseContext;
import org.consilium.security.AppRoles;

/**
 * A case's assessment: one tab for each {@link AssessmentPart}. The address is {@code assessment/<case
 * id>}, with {@code ?tab=domains} (or another part's name) to open that part; only social-services staff
 * of the case get past the service's check (decision 0024).
 */
@Route("assessment")
@RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
class AssessmentView extends VerticalLayout implements HasUrlParameter<Long>, TitledView {

    final Anchor back = new Anchor();
    final H2 title = new H2();
    final TabSheet tabs = new TabSheet();

    private final AssessmentCases cases;
    private final List<AssessmentPart> parts;
    private String familyName = "";

    AssessmentView(AssessmentCases cases, List<AssessmentPart> parts) {
        this.cases = cases;
        this.parts = parts;
        addClassName("assessment-view");
        back.getElement().setAttribute("router-link", true);
        back.setText(getTranslation("assessment.backToCase"));
        tabs.setWidthFull();
        // The tab strip's scroll area is focusable only by script, which makes it a child a tab list may
        // not have for assistive technology; the tabs themselves stay reachable with the arrow keys.
        tabs.getElement().executeJs("const strip = this.querySelector('vaadin-tabs');"
                + " customElements.whenDefined('vaadin-tabs').then(() => strip.updateComplete)"
                + ".then(() => { const area = strip.shadowRoot.querySelector('[part=tabs]'); if (area) { area.removeAttribute('tabindex'); } })");
        add(back, title, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long caseId) {
        if (caseId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse(null);
        LoadOrRefuse.load(event, () -> Optional.of(cases.toRead(caseId))).ifPresent(ctx -> show(ctx, wanted));
    }

    /** Shows the case's parts, with the one named by {@code ?tab=} (the end of its title key) selected. */
    private void show(CaseContext ctx, String wanted) {
        familyName = ctx.familyName();
        title.setText(viewTitle());
        back.setHref("case/" + ctx.caseId());
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        for (AssessmentPart part : parts) {
            var tab = tabs.add(getTranslation(part.titleKey()), part.create(ctx.caseId()));
            if (wanted != null && part.titleKey().endsWith("." + wanted)) {
                tabs.setSelectedTab(tab);
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("assessment.title", familyName);
    }
}
