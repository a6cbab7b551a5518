package org.consilium.monitoring;

import java.time.Instant;

/** A contact with the family was recorded or corrected on a case, by whom and when: its open pages show it. */
public record ContactRecorded(long caseId, String actor, String actorName, Instant at) {
}
