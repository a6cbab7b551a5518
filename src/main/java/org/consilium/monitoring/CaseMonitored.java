package org.consilium.monitoring;

import java.time.Instant;

/**
 * A contact or a progress review was recorded (or corrected) on a case, by whom and when; {@code whatKey}
 * words it for the case's open pages, which show it.
 */
public record CaseMonitored(long caseId, String whatKey, String actor, String actorName, Instant at) {
}
