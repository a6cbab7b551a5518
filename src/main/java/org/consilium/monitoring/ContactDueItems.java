package org.consilium.monitoring;

import java.util.List;
import java.util.Optional;
import org.consilium.casefile.CaseDueItems;
import org.consilium.casefile.CaseOperation;
import org.consilium.casefile.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contacts' part of a case's "next due": the next step set at the latest contact, if it has a date. */
@Component
class ContactDueItems implements CaseDueItems {

    private final ContactRepository contacts;
    private final CaseService cases;

    ContactDueItems(ContactRepository contacts, CaseService cases) {
        this.contacts = contacts;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Item> earliestOf(long caseId) {
        if (cases.contextsIfAllowed(List.of(caseId), CaseOperation.READ_INTERNAL).isEmpty()) {
            return Optional.empty();
        }
        return contacts.ofCase(caseId).stream().findFirst().filter(c -> c.getNextStepOn() != null)
                .map(c -> new Item(c.getNextStepOn(), "case.due.contactStep", List.of(c.getNextStep())));
    }
}
