package org.consilium.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.consilium.base.BusinessException;
import org.consilium.base.UserText;

/**
 * What intake found out while verifying a referral (seed 000, stage 2: is the information true, is the
 * family reachable): whom it asked, whether the family was reached and when, and what the checking
 * showed. It is filled in bit by bit while the referral is being verified; marking the referral
 * verified needs the outcome and keeps who did it and when.
 */
@Embeddable
public class Verification {

    public static final int SOURCES_MAX = 1000;
    public static final int NOTE_MAX = 2000;

    @Column(name = "verification_sources", length = SOURCES_MAX)
    private String sources;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_contact", length = 20)
    private FamilyContact familyContact;

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_outcome", length = 20)
    private VerificationOutcome outcome;

    @Column(name = "verification_note", length = NOTE_MAX)
    private String note;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by", length = 50)
    private String verifiedBy;

    protected Verification() {
    }

    /**
     * The details checked: a day of contact only for a family that was reached, and then required and
     * not after {@code today}; the outcome required once the verification is {@code finished}.
     */
    static Verification of(VerificationDetails d, boolean finished, LocalDate today) {
        Verification v = new Verification();
        v.sources = UserText.check(VerificationDetails.SOURCES, d.getSources(), SOURCES_MAX, false);
        if (d.getFamilyContact() == null) {
            throw BusinessException.atField(VerificationDetails.FAMILY_CONTACT, "validation.required");
        }
        v.familyContact = d.getFamilyContact();
        if (v.familyContact == FamilyContact.REACHED) {
            if (d.getContactedOn() == null) {
                throw BusinessException.atField(VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.required");
            }
            if (d.getContactedOn().isAfter(today)) {
                throw BusinessException.atField(VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.future");
            }
            v.contactedOn = d.getContactedOn();
        } else if (d.getContactedOn() != null) {
            throw BusinessException.atField(VerificationDetails.CONTACTED_ON, "referral.verification.contactedOn.notReached");
        }
        if (finished && d.getOutcome() == null) {
            throw BusinessException.atField(VerificationDetails.OUTCOME, "referral.verification.outcome.required");
        }
        v.outcome = d.getOutcome();
        v.note = UserText.check(VerificationDetails.NOTE, d.getNote(), NOTE_MAX, false);
        return v;
    }

    /** This record, marked finished by {@code by} at {@code at}. */
    Verification verified(Instant at, String by) {
        this.verifiedAt = at;
        this.verifiedBy = by;
        return this;
    }

    public String getSources() { return sources; }
    public FamilyContact getFamilyContact() { return familyContact; }
    public LocalDate getContactedOn() { return contactedOn; }
    public VerificationOutcome getOutcome() { return outcome; }
    public String getNote() { return note; }
    /** When the referral was marked verified, or {@code null} while it is still being verified. */
    public Instant getVerifiedAt() { return verifiedAt; }
    /** The user name of who marked the referral verified. */
    public String getVerifiedBy() { return verifiedBy; }
}
