package org.consilium.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What intake writes down while verifying a referral, and whether the verification is finished. */
public class VerificationDetails {

    /** Field names, as the form binds them and as refusals name them. */
    public static final String SOURCES = "sources";
    public static final String FAMILY_CONTACT = "familyContact";
    public static final String CONTACTED_ON = "contactedOn";
    public static final String OUTCOME = "outcome";
    public static final String NOTE = "note";
    public static final String MARK_VERIFIED = "markVerified";

    @Size(max = Verification.SOURCES_MAX, message = "{validation.tooLong}")
    private String sources = "";

    @NotNull(message = "{validation.required}")
    private FamilyContact familyContact = FamilyContact.NOT_TRIED;

    private LocalDate contactedOn;

    private VerificationOutcome outcome;

    @Size(max = Verification.NOTE_MAX, message = "{validation.tooLong}")
    private String note = "";

    private boolean markVerified;

    public VerificationDetails() {
    }

    /** The details as recorded so far, to be changed; empty if nothing is recorded. */
    public static VerificationDetails of(Referral referral) {
        VerificationDetails d = new VerificationDetails();
        referral.getVerification().ifPresent(v -> {
            d.sources = v.getSources() == null ? "" : v.getSources();
            d.familyContact = v.getFamilyContact() == null ? FamilyContact.NOT_TRIED : v.getFamilyContact();
            d.contactedOn = v.getContactedOn();
            d.outcome = v.getOutcome();
            d.note = v.getNote() == null ? "" : v.getNote();
        });
        d.markVerified = referral.getStatus() == ReferralStatus.VERIFIED;
        return d;
    }

    public String getSources() { return sources; }
    public void setSources(String sources) { this.sources = sources; }
    public FamilyContact getFamilyContact() { return familyContact; }
    public void setFamilyContact(FamilyContact familyContact) { this.familyContact = familyContact; }
    public LocalDate getContactedOn() { return contactedOn; }
    public void setContactedOn(LocalDate contactedOn) { this.contactedOn = contactedOn; }
    public VerificationOutcome getOutcome() { return outcome; }
    public void setOutcome(VerificationOutcome outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isMarkVerified() { return markVerified; }
    public void setMarkVerified(boolean markVerified) { this.markVerified = markVerified; }
}
