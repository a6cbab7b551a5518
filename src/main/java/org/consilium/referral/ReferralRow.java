package org.consilium.referral;

import java.time.Instant;
import java.util.Set;

/** One referral in a list, read in one go: enough to triage it without opening it. */
public record ReferralRow(long id, Instant receivedAt, Instant dueAt, boolean overdue, Urgency urgency,
                          ReferralStatus status, SourceType sourceType, String source, String peopleConcerned,
                          Set<ProblemArea> reasons, String familyName) {

    static ReferralRow of(Referral r, Instant now) {
        String source = switch (r.getSourceType()) {
            case AGENCY -> r.getSourceAgency() == null ? "" : r.getSourceAgency().getName();
            case PERSON, FAMILY_ITSELF -> r.getSourcePerson() == null ? "" : r.getSourcePerson();
        };
        return new ReferralRow(r.getId(), r.getReceivedAt(), r.getDueAt(), r.isOverdue(now), r.getUrgency(),
                r.getStatus(), r.getSourceType(), source, r.getPeopleConcerned(), r.getReasons(),
                r.getFamily() == null ? null : r.getFamily().getName());
    }
}
