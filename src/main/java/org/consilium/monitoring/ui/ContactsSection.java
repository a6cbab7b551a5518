package org.consilium.monitoring.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.consilium.casefile.ui.CaseSection;
import org.consilium.monitoring.ContactService;
import org.springframework.core.annotation.Order;

/** The case page's contacts log, provided to the case page by this module. */
@org.springframework.stereotype.Component
@Order(5)
class ContactsSection implements CaseSection {

    private final ContactService contacts;
    private final Clock clock;

    ContactsSection(ContactService contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Component create(long caseId) {
        return new ContactsPanel(contacts, clock, caseId);
    }
}
