package org.consilium.request;

/**
 * Where an information request stands. Whether it is overdue is not a status: it is an open request
 * past its due date (see {@link InformationRequest#isOverdue}).
 */
public enum RequestStatus {
    /** Sent; nobody at the agency has started on it. */
    SENT,
    /** The agency has saved a draft answer or asked a clarifying question. */
    IN_PROGRESS,
    /** The agency submitted its answer; it is read-only from now on, corrections are addenda. */
    ANSWERED,
    /** The agency declined to answer, with a reason. */
    DECLINED;

    public boolean isOpen() {
        return this == SENT || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "request.status." + name();
    }
}
