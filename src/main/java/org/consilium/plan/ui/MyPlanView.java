package org.consilium.plan.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.consilium.base.ui.TitledView;
import org.consilium.base.ui.WhatHappensNow;
import org.consilium.plan.FamilyStep;
import org.consilium.plan.PlanService;
import org.consilium.security.AppRoles;

/**
 * A family member's "Our plan": their family's plan page, or a word that there is none yet and what
 * happens now.
 */
@Route("my-plan")
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "menu.myPlan")
@RolesAllowed(AppRoles.FAMILY)
class MyPlanView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    final Paragraph none = new Paragraph();
    final WhatHappensNow now = new WhatHappensNow();
    private final PlanService plans;

    MyPlanView(PlanService plans) {
        this.plans = plans;
        addClassName("my-plan-view");
        none.setText(getTranslation("plan.myPlan.none"));
        // Without a case there is no plan yet: the social worker will write it with the family.
        FamilyStep step = FamilyStep.DRAFTING;
        now.show(step.name(), getTranslation(step.nowKey()), getTranslation(step.nextKey()));
        add(none, now);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        plans.myFamilyCaseId().ifPresent(caseId -> event.forwardTo(PlanView.class, caseId));
    }

    @Override
    public String viewTitle() {
        return getTranslation("menu.myPlan");
    }
}
