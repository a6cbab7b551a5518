package org.consilium.request;

/**
 * Why the family's information may be asked of the agency: the family's consent for that type of
 * agency, or a written legal basis that a supervisor reviews afterwards (as an emergency override,
 * decision 0013).
 */
public enum RequestBasis {
    CONSENT, LEGAL_BASIS;

    public String messageKey() {
        return "request.basis." + name();
    }
}
