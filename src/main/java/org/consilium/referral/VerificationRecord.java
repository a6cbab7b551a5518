package org.consilium.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A referral's verification as it is shown later, read-only: on the referral and beside the case it
 * was opened from. {@code verifiedBy} is the full name of who marked the referral verified, or
 * {@code null} while it is still being verified.
 */
public record VerificationRecord(String sources, FamilyContact familyContact, LocalDate contactedOn,
                                 VerificationOutcome outcome, String note, Instant verifiedAt, String verifiedBy) {

    /**
     * The referral's verification, if anything of it is recorded.
     *
     * @param fullName the full name of a user name (who marked the referral verified)
     */
    public static Optional<VerificationRecord> of(Referral referral, Function<String, String> fullName) {
        return referral.getVerification().map(v -> new VerificationRecord(v.getSources(), v.getFamilyContact(),
                v.getContactedOn(), v.getOutcome(), v.getNote(), v.getVerifiedAt(),
                v.getVerifiedBy() == null ? null : fullName.apply(v.getVerifiedBy())));
    }

    /** Whether the verification is finished (the referral was marked verified). */
    public boolean verified() {
        return verifiedAt != null;
    }
}
