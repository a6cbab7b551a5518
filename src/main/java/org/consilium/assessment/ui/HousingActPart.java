package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import org.consilium.assessment.HousingActService;
import org.springframework.core.annotation.Order;

/** The assessment page's tab of housing-conditions acts, after the first meeting and the assessment by domains. */
@org.springframework.stereotype.Component
@Order(30)
class HousingActPart implements AssessmentPart {

    private final HousingActService acts;

    HousingActPart(HousingActService acts) {
        this.acts = acts;
    }

    @Override
    public String titleKey() {
        return "assessment.tab.housingAct";
    }

    @Override
    public Component create(long caseId) {
        return new HousingActPanel(acts, caseId);
    }
}
