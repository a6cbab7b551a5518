package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import org.consilium.assessment.AgreementService;
import org.consilium.assessment.FirstMeetingService;
import org.consilium.attachment.Attachments;
import org.springframework.core.annotation.Order;

/**
 * The first tab of a case's assessment: the first meeting with the family and the cooperation
 * agreements (decision 0026).
 */
@org.springframework.stereotype.Component
@Order(10)
class FirstMeetingPart implements AssessmentPart {

    private final FirstMeetingService meetings;
    private final AgreementService agreements;
    private final Attachments attachments;
    private final Clock clock;

    FirstMeetingPart(FirstMeetingService meetings, AgreementService agreements, Attachments attachments, Clock clock) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.attachments = attachments;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "assessment.tab.firstMeeting";
    }

    @Override
    public Component create(long caseId) {
        Div tab = new Div(new FirstMeetingPanel(meetings, clock, caseId),
                new AgreementPanel(agreements, attachments, clock, caseId));
        tab.addClassName("first-meeting-tab");
        return tab;
    }
}
