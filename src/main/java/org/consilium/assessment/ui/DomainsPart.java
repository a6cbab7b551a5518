package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.consilium.assessment.AssessmentService;
import org.springframework.core.annotation.Order;

/** The assessment by the seven domains, with the child's safety and the in-depth conclusions. */
@org.springframework.stereotype.Component
@Order(20)
class DomainsPart implements AssessmentPart {

    private final AssessmentService service;
    private final Clock clock;

    DomainsPart(AssessmentService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "assessment.tab.domains";
    }

    @Override
    public Component create(long caseId) {
        return new AssessmentPanel(service, clock, caseId);
    }
}
