package org.consilium.family;

import java.util.List;

/**
 * A family already known that may be the one being registered, and why it looks so: the same child
 * (name and birth date) or a similar surname at the same address.
 */
public record DuplicateCandidate(long familyId, String familyName, String address, List<String> memberNames,
                                 Reason reason) {

    /** The message of a registration refused because the family may already be known. */
    public static final String FOUND = "family.duplicate.found";

    public enum Reason {
        SAME_CHILD, SAME_ADDRESS_SIMILAR_SURNAME;

        public String messageKey() {
            return "family.duplicate.reason." + name();
        }
    }
}
