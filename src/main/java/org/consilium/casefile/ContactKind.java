package org.consilium.casefile;

/** How a worker was in touch with the family: the kinds of contact the curator records (seed 001). */
public enum ContactKind {
    HOME_VISIT, CALL, CONSULTATION, OFFICE_MEETING, ACCOMPANIMENT;

    public String messageKey() {
        return "contact.kind." + name();
    }
}
