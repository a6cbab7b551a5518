package org.consilium.monitoring;

import java.time.Instant;

/**
 * A progress review found that an agency's service did not meet the family's need: the agency is told
 * (seed 001: the curator tells the provider's management when its services are not adequate).
 */
public record ServiceNotAdequate(long caseId, long reviewId, long agencyId, String familyName, String taskKey, String service,
                                 String note, String actor, String actorName, Instant at) {
}
