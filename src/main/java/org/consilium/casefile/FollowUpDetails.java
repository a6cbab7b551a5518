package org.consilium.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A follow-up contact as the curator records it: when and how it was made, whether the results held,
 * what was found, and whether the case is reopened (with the reason). The form binds to it; the case
 * names these fields when it refuses.
 */
public class FollowUpDetails {

    public static final String CONTACTED_ON = "contactedOn";
    public static final String CONTACT_KIND = "contactKind";
    public static final String RESULT = "result";
    public static final String NOTES = "notes";
    public static final String REOPEN_REASON = "reopenReason";

    @NotNull(message = "{validation.required}")
    private LocalDate contactedOn;

    @NotNull(message = "{validation.required}")
    private ContactKind contactKind;

    @NotNull(message = "{validation.required}")
    private FollowUpResult result;

    @NotBlank(message = "{validation.required}")
    @Size(max = FollowUp.NOTES_MAX, message = "{validation.tooLong}")
    private String notes = "";

    private boolean reopen;

    @Size(max = CaseTransition.COMMENT_MAX, message = "{validation.tooLong}")
    private String reopenReason = "";

    public LocalDate getContactedOn() { return contactedOn; }
    public void setContactedOn(LocalDate contactedOn) { this.contactedOn = contactedOn; }
    public ContactKind getContactKind() { return contactKind; }
    public void setContactKind(ContactKind contactKind) { this.contactKind = contactKind; }
    public FollowUpResult getResult() { return result; }
    public void setResult(FollowUpResult result) { this.result = result; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isReopen() { return reopen; }
    public void setReopen(boolean reopen) { this.reopen = reopen; }
    public String getReopenReason() { return reopenReason; }
    public void setReopenReason(String reopenReason) { this.reopenReason = reopenReason; }
}
