package org.consilium.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.consilium.agency.AgencyType;

/** A case's sharing with partner agencies, as its page shows it to those who manage it. */
public record SharingView(long caseId, List<Participant> participants, List<Consent> consents, List<Override> overrides,
                          List<String> familyMembers, boolean mayManage, boolean mayReview) {

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

    public record Override(long id, String agencyName, String reason, Instant grantedAt, String grantedBy,
                           Instant reviewedAt, String reviewedBy) {
    }
}
