package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import org.consilium.assessment.SocialMapService;
import org.springframework.core.annotation.Order;

/** The assessment page's tab with the family's social map: the eco-map and the same data as tables. */
@org.springframework.stereotype.Component
@Order(40)
class SocialMapPart implements AssessmentPart {

    private final SocialMapService socialMap;

    SocialMapPart(SocialMapService socialMap) {
        this.socialMap = socialMap;
    }

    @Override
    public String titleKey() {
        return "assessment.tab.socialMap";
    }

    @Override
    public Component create(long caseId) {
        return new SocialMapPanel(socialMap, caseId);
    }
}
