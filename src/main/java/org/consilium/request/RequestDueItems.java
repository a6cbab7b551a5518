package org.consilium.request;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consilium.casefile.CaseDueItems;
import org.springframework.stereotype.Component;

/** The requests' part of a case's "next due": the earliest answer still awaited. */
@Component
class RequestDueItems implements CaseDueItems {

    private final RequestService requests;

    RequestDueItems(RequestService requests) {
        this.requests = requests;
    }

    @Override
    public Optional<Item> earliestOf(long caseId) {
        return requests.ofCase(caseId).stream().filter(r -> r.status().isOpen() && r.dueOn() != null)
                .min(Comparator.comparing(RequestRow::dueOn))
                .map(r -> new Item(r.dueOn(), "case.due.request", List.of(r.agencyName())));
    }
}
