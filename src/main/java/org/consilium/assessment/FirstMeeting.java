package org.consilium.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;
import org.consilium.base.UserText;

/**
 * The curator's first meeting with the family (initial assessment, DOMAIN.md stage 3): when and where,
 * who took part, what the family says it needs in its own words, and how motivated it is to work with
 * the service. One per case; it can be corrected later.
 */
@Entity
@Table(name = "first_meeting")
public class FirstMeeting extends AbstractEntity implements FamilyRecord {

    public static final int PLACE_MAX = 200;
    public static final int OTHERS_MAX = 500;
    public static final int NEEDS_MAX = 2000;
    public static final int NOTE_MAX = 1000;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private long familyId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "first_meeting_member", joinColumns = @JoinColumn(name = "first_meeting_id"))
    @OrderBy("fullName")
    private List<FirstMeetingMember> members = new ArrayList<>();

    @Column(name = "other_participants", length = OTHERS_MAX)
    private String otherParticipants;

    @Column(nullable = false, length = NEEDS_MAX)
    private String needs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FirstMeetingMotivation motivation;

    @Column(name = "motivation_note", length = NOTE_MAX)
    private String motivationNote;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    protected FirstMeeting() {
    }

    /**
     * Records the first meeting of a case from the curator's details, checked against the case's family.
     *
     * @param family the members of the case's family, those who took part are chosen among them
     */
    static FirstMeeting record(long caseId, long familyId, FirstMeetingDetails details, List<CooperationMember> family,
                               LocalDate today, Instant now, String by) {
        FirstMeeting m = new FirstMeeting();
        m.caseId = caseId;
        m.familyId = familyId;
        m.recordedAt = now;
        m.recordedBy = by;
        m.describe(details, family, today);
        return m;
    }

    /**
     * Takes the details if they are all sound, and changes nothing if one is not: the meeting was not
     * in the future, it has a place, someone took part (members of this family, or others by name),
     * the family's needs are written, and the motivation is judged (with a note if the family refuses).
     */
    void describe(FirstMeetingDetails d, List<CooperationMember> family, LocalDate today) {
        if (d.getMetOn() == null) {
            throw BusinessException.atField(FirstMeetingDetails.MET_ON, "validation.required");
        }
        if (d.getMetOn().isAfter(today)) {
            throw BusinessException.atField(FirstMeetingDetails.MET_ON, "assessment.firstMeeting.inFuture");
        }
        String newPlace = UserText.check(FirstMeetingDetails.PLACE, d.getPlace(), PLACE_MAX, true);
        Map<Long, CooperationMember> byId = family.stream()
                .collect(Collectors.toMap(CooperationMember::id, Function.identity()));
        Set<Long> chosen = d.getMembers() == null ? Set.of() : d.getMembers();
        if (!byId.keySet().containsAll(chosen)) {
            throw BusinessException.atField(FirstMeetingDetails.MEMBERS, "assessment.firstMeeting.memberOfFamily");
        }
        String others = UserText.check(FirstMeetingDetails.OTHER_PARTICIPANTS, d.getOtherParticipants(), OTHERS_MAX, false);
        if (chosen.isEmpty() && others == null) {
            throw BusinessException.atField(FirstMeetingDetails.MEMBERS, "assessment.firstMeeting.participantsRequired");
        }
        String newNeeds = UserText.check(FirstMeetingDetails.NEEDS, d.getNeeds(), NEEDS_MAX, true);
        if (d.getMotivation() == null) {
            throw BusinessException.atField(FirstMeetingDetails.MOTIVATION, "validation.required");
        }
        String note = UserText.check(FirstMeetingDetails.MOTIVATION_NOTE, d.getMotivationNote(), NOTE_MAX, false);
        if (d.getMotivation() == FirstMeetingMotivation.REFUSES && note == null) {
            throw BusinessException.atField(FirstMeetingDetails.MOTIVATION_NOTE, "assessment.firstMeeting.noteWhenRefusing");
        }
        metOn = d.getMetOn();
        place = newPlace;
        members.clear();
        chosen.stream().map(byId::get).forEach(c -> members.add(new FirstMeetingMember(c.id(), c.fullName())));
        otherParticipants = others;
        needs = newNeeds;
        motivation = d.getMotivation();
        motivationNote = note;
    }

    /**
     * The needs the family named, one a line as the curator wrote them, without list marks ("-", "•",
     * "1.") and blank lines: what the plan's goals will later be offered from.
     */
    public static List<String> namedNeeds(String needs) {
        if (needs == null) {
            return List.of();
        }
        return Arrays.stream(needs.split("\\R"))
                .map(line -> line.strip().replaceFirst("^([-–—•*]|\\d{1,2}[.)])\\s*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    public long getCaseId() { return caseId; }
    public long getFamilyId() { return familyId; }
    public LocalDate getMetOn() { return metOn; }
    public String getPlace() { return place; }
    public List<FirstMeetingMember> getMembers() { return List.copyOf(members); }
    public String getOtherParticipants() { return otherParticipants; }
    public String getNeeds() { return needs; }
    public FirstMeetingMotivation getMotivation() { return motivation; }
    public String getMotivationNote() { return motivationNote; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
