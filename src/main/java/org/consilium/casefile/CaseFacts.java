package org.consilium.casefile;

import java.util.Set;

/**
 * What the access policy needs to know about a case: whose team it is, who curates it, whose family
 * it is, which agencies take part, and which of them the case's data may be shared with (the family's
 * valid consent for that agency's type, or an emergency override).
 */
public record CaseFacts(long caseId, long teamAgencyId, long curatorId, long familyId, Set<Long> participatingAgencyIds,
                        Set<Long> sharingAllowedAgencyIds) {

    public CaseFacts {
        participatingAgencyIds = Set.copyOf(participatingAgencyIds);
        sharingAllowedAgencyIds = Set.copyOf(sharingAllowedAgencyIds);
    }
}
