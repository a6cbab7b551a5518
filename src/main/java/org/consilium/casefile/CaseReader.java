package org.consilium.casefile;

import java.util.Set;

/**
 * Who is asking, as the access policy sees them: their account id, roles, agency (staff) or family
 * (family members).
 */
public record CaseReader(long accountId, Set<String> roles, Long agencyId, Long familyId) {

    public CaseReader {
        roles = Set.copyOf(roles);
    }

    boolean has(String role) {
        return roles.contains(role);
    }
}
