package org.consilium.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The first meeting with the family as the curator writes it down: when and where, who took part (the
 * family's members by id, and anyone else by name), what the family says it needs, and how motivated
 * it is. The form binds to it; the first meeting names these fields when it refuses.
 */
public class FirstMeetingDetails {

    /** Field names, shared by the form's bindings and the record's refusals. */
    public static final String MET_ON = "metOn";
    public static final String PLACE = "place";
    public static final String MEMBERS = "members";
    public static final String OTHER_PARTICIPANTS = "otherParticipants";
    public static final String NEEDS = "needs";
    public static final String MOTIVATION = "motivation";
    public static final String MOTIVATION_NOTE = "motivationNote";

    @NotNull(message = "{validation.required}")
    private LocalDate metOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = FirstMeeting.PLACE_MAX, message = "{validation.tooLong}")
    private String place;

    private Set<Long> members = new HashSet<>();

    @Size(max = FirstMeeting.OTHERS_MAX, message = "{validation.tooLong}")
    private String otherParticipants;

    @NotBlank(message = "{validation.required}")
    @Size(max = FirstMeeting.NEEDS_MAX, message = "{validation.tooLong}")
    private String needs;

    @NotNull(message = "{validation.required}")
    private FirstMeetingMotivation motivation;

    @Size(max = FirstMeeting.NOTE_MAX, message = "{validation.tooLong}")
    private String motivationNote;

    public FirstMeetingDetails() {
    }

    /** A new record of a meeting held today. */
    public static FirstMeetingDetails heldOn(LocalDate day) {
        FirstMeetingDetails d = new FirstMeetingDetails();
        d.metOn = day;
        return d;
    }

    /** The recorded meeting, to be changed. */
    public static FirstMeetingDetails of(FirstMeetingSheet s) {
        FirstMeetingDetails d = new FirstMeetingDetails();
        d.metOn = s.metOn();
        d.place = s.place();
        d.members = new HashSet<>(s.memberIds());
        d.otherParticipants = s.otherParticipants();
        d.needs = s.needs();
        d.motivation = s.motivation();
        d.motivationNote = s.motivationNote();
        return d;
    }

    public LocalDate getMetOn() { return metOn; }
    public void setMetOn(LocalDate metOn) { this.metOn = metOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Set<Long> getMembers() { return members; }
    public void setMembers(Set<Long> members) { this.members = members == null ? new HashSet<>() : new HashSet<>(members); }
    public String getOtherParticipants() { return otherParticipants; }
    public void setOtherParticipants(String otherParticipants) { this.otherParticipants = otherParticipants; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public FirstMeetingMotivation getMotivation() { return motivation; }
    public void setMotivation(FirstMeetingMotivation motivation) { this.motivation = motivation; }
    public String getMotivationNote() { return motivationNote; }
    public void setMotivationNote(String motivationNote) { this.motivationNote = motivationNote; }
}
