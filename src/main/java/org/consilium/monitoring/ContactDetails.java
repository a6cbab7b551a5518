package org.consilium.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consilium.casefile.ContactKind;

/**
 * A contact with the family as the curator records it: when, how, who took part, what happened and
 * the next step; and, when recorded, the family's own tasks seen done at it (task id to the version
 * the form read). The form binds to it; the contact names these fields when it refuses.
 */
public class ContactDetails {

    public static final String CONTACTED_ON = "contactedOn";
    public static final String KIND = "kind";
    public static final String PARTICIPANTS = "participants";
    public static final String NOTES = "notes";
    public static final String NEXT_STEP = "nextStep";
    public static final String NEXT_STEP_ON = "nextStepOn";

    @NotNull(message = "{validation.required}")
    private LocalDate contactedOn;

    @NotNull(message = "{validation.required}")
    private ContactKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = Contact.PARTICIPANTS_MAX, message = "{validation.tooLong}")
    private String participants = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = Contact.NOTES_MAX, message = "{validation.tooLong}")
    private String notes = "";

    @Size(max = Contact.NEXT_STEP_MAX, message = "{validation.tooLong}")
    private String nextStep = "";

    private LocalDate nextStepOn;

    private Map<Long, Long> familyTasksDone = new LinkedHashMap<>();

    public LocalDate getContactedOn() { return contactedOn; }
    public void setContactedOn(LocalDate contactedOn) { this.contactedOn = contactedOn; }
    public ContactKind getKind() { return kind; }
    public void setKind(ContactKind kind) { this.kind = kind; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getNextStep() { return nextStep; }
    public void setNextStep(String nextStep) { this.nextStep = nextStep; }
    public LocalDate getNextStepOn() { return nextStepOn; }
    public void setNextStepOn(LocalDate nextStepOn) { this.nextStepOn = nextStepOn; }
    public Map<Long, Long> getFamilyTasksDone() { return familyTasksDone; }
    public void setFamilyTasksDone(Map<Long, Long> familyTasksDone) {
        this.familyTasksDone = familyTasksDone == null ? new LinkedHashMap<>() : new LinkedHashMap<>(familyTasksDone);
    }
}
