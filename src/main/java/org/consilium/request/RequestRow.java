package org.consilium.request;

import java.time.LocalDate;

/**
 * A request in a list: on the case page (to whom, state) and on an agency's list of requests to answer
 * (about whom, who asks, by when).
 */
public record RequestRow(long id, RequestKind kind, String subjectName, String agencyName, String askedBy,
                         String askedByTeam, LocalDate sentOn, LocalDate periodFrom, LocalDate periodTo,
                         LocalDate dueOn, RequestStatus status, boolean overdue, Repeat repeat,
                         RequestBasis basis, boolean basisReviewed) {
}
