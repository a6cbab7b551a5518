package org.consilium.account;

import java.util.Locale;
import java.util.Set;
import org.consilium.agency.AgencyType;

/** The signed-in user as views need them: who, in which role(s), for which agency or family. */
public record SignedInUser(long id, String username, String fullName, Set<String> roles,
                           Long agencyId, String agencyName, AgencyType agencyType,
                           Long familyId, String familyName, Locale locale) {

    static SignedInUser of(UserAccount a) {
        return new SignedInUser(a.getId(), a.getUsername(), a.getFullName(), a.getRoles(),
                a.getAgency() == null ? null : a.getAgency().getId(),
                a.getAgency() == null ? null : a.getAgency().getName(),
                a.getAgency() == null ? null : a.getAgency().getType(),
                a.getFamily() == null ? null : a.getFamily().getId(),
                a.getFamily() == null ? null : a.getFamily().getName(),
                a.getLocale());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
