package org.consilium.casefile;

import java.time.Instant;
import java.util.List;

/**
 * What a partner agency taking part in a case sees of it: the family, its children, the curator to
 * talk to, and where the case stands. Never the timeline, assessments or other agencies' parts. When
 * the agency sees it by an emergency override, {@code overrideUntil} says until when that holds
 * (otherwise {@code null}).
 */
public record SharedCase(long caseId, String familyName, List<String> children, String curatorName, String curatorAgency,
                         CaseStage stage, CaseSharing.Sharing sharing, Instant overrideUntil) {
}
