package org.consilium.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consilium.agency.AgencyType;

/**
 * A case's sharing with partner agencies, as its page shows it to those who manage it;
 * {@code overrideDuration} is how long an override holds once granted or renewed.
 */
public record CaseSharing(long caseId, List<Participant> participants, List<Consent> consents, List<Override> overrides,
                          List<String> familyMembers, boolean mayManage, boolean mayReview, Duration overrideDuration) {

    /** How a participating agency may see the case today. */
    public enum Sharing {
        CONSENT, EMERGENCY_OVERRIDE, NOT_SHARED;

        public String messageKey() {
            return "sharing.status." + name();
        }
    }

    public record Participant(long agencyId, String agencyName, AgencyType type, CaseParticipant.Reason reason,
                              Instant since, Sharing sharing) {
    }

    public record Consent(long id, long version, String memberName, Set<AgencyType> agencyTypes, LocalDate signedOn,
                          LocalDate validUntil, LocalDate withdrawnOn, boolean validToday) {
    }

    /**
     * An emergency override with its end: in force until {@code expiresAt}, or ended then, or
     * withdrawn; people by full name.
     */
    public record Override(long id, long version, String agencyName, String reason, Instant grantedAt, String grantedBy,
                           Instant reviewedAt, String reviewedBy, Instant expiresAt, boolean inForce, Instant withdrawnAt,
                           String withdrawnBy, List<Renewal> renewals) {
    }

    /** A renewal of an override: when, by whom (full name), why, and until when it then held. */
    public record Renewal(Instant renewedAt, String renewedBy, String reason, Instant expiresAt) {
    }
}
