package org.consilium.account;

import java.util.Set;

/** One line of the user list, read in one go so the list needs no open session. */
public record UserRow(long id, String username, String fullName, String agencyName, String familyName,
                      Set<String> roles, boolean enabled, boolean signInPaused) {

    static UserRow of(UserAccount a, boolean signInPaused) {
        return new UserRow(a.getId(), a.getUsername(), a.getFullName(),
                a.getAgency() == null ? "" : a.getAgency().getName(),
                a.getFamily() == null ? "" : a.getFamily().getName(),
                a.getRoles(), a.isEnabled(), signInPaused);
    }
}
