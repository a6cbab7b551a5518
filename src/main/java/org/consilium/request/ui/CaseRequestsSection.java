package org.consilium.request.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.consilium.casefile.ui.CaseSection;
import org.consilium.request.RequestService;
import org.springframework.core.annotation.Order;

/** The case page's information requests, provided to the case page by this module. */
@org.springframework.stereotype.Component
@Order(10)
class CaseRequestsSection implements CaseSection {

    private final RequestService requests;
    private final Clock clock;

    CaseRequestsSection(RequestService requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public Component create(long caseId) {
        return new CaseRequestsPanel(requests, clock, caseId);
    }
}
