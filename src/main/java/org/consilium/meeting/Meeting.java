package org.consilium.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.consilium.base.AbstractEntity;
import org.consilium.base.BusinessException;
import org.consilium.base.FamilyRecord;

/**
 * A consilium meeting: its kind, the case it is about (if one), when and where, who chairs it, and who
 * is invited. Its UID stays the same for every update of the invitation; its sequence grows with each
 * change that participants are told about.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractEntity implements FamilyRecord {

    public static final int TITLE_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int GUEST_NAME_MAX = 200;
    public static final int EMAIL_MAX = 120;
    public static final int MINUTES_MAX = 20000;
    /** Fields of the meeting room a refusal is shown at. */
    public static final String SECRETARY = "secretary";
    public static final String GUEST_NAME = "guestName";
    public static final String GUEST_EMAIL = "guestEmail";
    public static final String FAMILY_VIEW = "familyView";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Column(nullable = false, length = 80, updatable = false)
    private String uid;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "team_agency_id", nullable = false)
    private long teamAgencyId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "family_id")
    private Long familyId;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    @Column(name = "chair_id", nullable = false)
    private long chairId;

    @Column(name = "chair_name", nullable = false, length = 120)
    private String chairName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "organised_by", nullable = false, length = 50)
    private String organisedBy;

    @Column(name = "organised_at", nullable = false)
    private Instant organisedAt;

    @Column(name = "secretary_id")
    private Long secretaryId;

    @Column(name = "secretary_name", length = 120)
    private String secretaryName;

    @Column(name = "family_view", columnDefinition = "TEXT")
    private String familyView;

    @Column(name = "family_view_at")
    private Instant familyViewAt;

    @Column(name = "family_view_by", length = 50)
    private String familyViewBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "finalised_by", length = 50)
    private String finalisedBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Participant> participants = new ArrayList<>();

    protected Meeting() {
    }

    /** Who organises the meeting and for which case (if one), as the service has checked them. */
    record Organiser(long teamAgencyId, long chairId, String chairName, String username, Instant at) {
    }

    /** The case a meeting is about, as the service has read it. */
    record About(Long caseId, Long familyId, String familyName) {
    }

    /**
     * A meeting as scheduled, after checking its time (it ends after it starts and does not start in
     * the past), its place and link, and that someone besides the chair is invited.
     */
    static Meeting schedule(MeetingKind kind, String title, Instant startsAt, Instant endsAt, String place,
                            String onlineLink, Organiser organiser, About about) {
        checkTime(startsAt, endsAt, organiser.at());
        Meeting m = new Meeting();
        m.uid = UUID.randomUUID() + "@consilium";
        m.kind = kind;
        m.title = title;
        m.teamAgencyId = organiser.teamAgencyId();
        m.caseId = about.caseId();
        m.familyId = about.familyId();
        m.familyName = about.familyName();
        m.startsAt = startsAt;
        m.endsAt = endsAt;
        m.place = optional(MeetingDetails.PLACE, place, PLACE_MAX);
        m.onlineLink = link(onlineLink);
        m.chairId = organiser.chairId();
        m.chairName = organiser.chairName();
        m.organisedBy = organiser.username();
        m.organisedAt = organiser.at();
        return m;
    }

    static void checkTime(Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw BusinessException.atField(MeetingDetails.ENDS, "meeting.ends.beforeStart");
        }
        if (startsAt.isBefore(now)) {
            throw BusinessException.atField(MeetingDetails.DAY, "meeting.starts.past");
        }
    }

    void invite(Participant.Kind kind, Long id, String name, String email) {
        boolean already = participants.stream().anyMatch(p -> p.getKind() == kind && switch (kind) {
            case USER -> id.equals(p.getUserId());
            case AGENCY -> id.equals(p.getAgencyId());
            case FAMILY_MEMBER -> id.equals(p.getMemberId());
            case GUEST -> email != null && email.equalsIgnoreCase(p.getEmail());
        });
        if (!already) {
            participants.add(new Participant(this, kind, id, name, email));
        }
    }

    /** Invites a guest by name and e-mail, after checking both. */
    void inviteGuest(String name, String email) {
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email.strip();
        if (n.isEmpty() || n.length() > GUEST_NAME_MAX) {
            throw BusinessException.atField(MeetingDetails.GUESTS, "meeting.guest.name", e);
        }
        if (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches()) {
            throw BusinessException.atField(MeetingDetails.GUESTS, "meeting.guest.email", e.isEmpty() ? n : e);
        }
        invite(Participant.Kind.GUEST, null, n, e);
    }

    /** Someone besides the chair must be invited. */
    void requireParticipants() {
        if (participants.stream().allMatch(p -> p.getKind() == Participant.Kind.USER && p.getUserId() == chairId)) {
            throw BusinessException.atField(MeetingDetails.PARTICIPANTS, "meeting.participants.none");
        }
    }

    private static String optional(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw BusinessException.atField(field, "validation.maxLength", max);
        }
        return v.isEmpty() ? null : v;
    }

    private static String link(String value) {
        String v = optional(MeetingDetails.ONLINE_LINK, value, LINK_MAX);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw BusinessException.atField(MeetingDetails.ONLINE_LINK, "meeting.link.invalid");
            }
        } catch (URISyntaxException ex) {
            throw BusinessException.atField(MeetingDetails.ONLINE_LINK, "meeting.link.invalid");
        }
        return v;
    }

    /** Moves the meeting to another time or place: the invited are told again, with the next sequence. */
    void reschedule(Instant newStart, Instant newEnd, String newPlace, String newLink, Instant now) {
        requireScheduled();
        checkTime(newStart, newEnd, now);
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.place = optional(MeetingDetails.PLACE, newPlace, PLACE_MAX);
        this.onlineLink = link(newLink);
        this.sequence++;
    }

    /** Calls the meeting off: the invited are told, with the next sequence. */
    void cancel() {
        requireScheduled();
        this.status = MeetingStatus.CANCELLED;
        this.sequence++;
    }

    private void requireScheduled() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new BusinessException("meeting.notScheduled");
        }
    }

    // ---- The meeting room ------------------------------------------------------------------------

    /** The minutes may be written until the secretary finalises them; the meeting must not be cancelled. */
    void requireMinutesOpen() {
        if (status == MeetingStatus.CANCELLED) {
            throw new BusinessException("meeting.notScheduled");
        }
        if (finalisedAt != null) {
            throw new BusinessException("meeting.minutes.final");
        }
    }

    /**
     * Who came, what was decided and the family's view are recorded once the meeting has begun; the
     * minutes of an item and a shared summary may be prepared before.
     */
    void requireBegun(Instant now) {
        requireMinutesOpen();
        if (now.isBefore(startsAt)) {
            throw new BusinessException("meeting.room.notBegun");
        }
    }

    public boolean hasBegun(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The one who keeps the minutes: a portal user invited to the meeting. */
    void appointSecretary(long userId) {
        requireMinutesOpen();
        Participant p = participants.stream().filter(x -> x.getKind() == Participant.Kind.USER && x.getUserId() == userId)
                .findFirst().orElseThrow(() -> BusinessException.atField(SECRETARY, "meeting.secretary.notInvited"));
        this.secretaryId = userId;
        this.secretaryName = p.getName();
    }

    /** The secretary, or the chair while none is appointed. */
    public long secretaryOrChair() {
        return secretaryId == null ? chairId : secretaryId;
    }

    /** Someone who came without an invitation: present, by name (an e-mail is optional). */
    Participant addGuestPresent(String name, String email) {
        requireMinutesOpen();
        String n = name == null ? "" : name.strip();
        String e = email == null || email.isBlank() ? null : email.strip();
        if (n.isEmpty() || n.length() > GUEST_NAME_MAX) {
            throw BusinessException.atField(GUEST_NAME, n.isEmpty() ? "validation.required" : "validation.maxLength",
                    GUEST_NAME_MAX);
        }
        if (e != null && (e.length() > EMAIL_MAX || !EMAIL.matcher(e).matches())) {
            throw BusinessException.atField(GUEST_EMAIL, "meeting.guest.email", e);
        }
        Participant p = new Participant(this, Participant.Kind.GUEST, null, n, e);
        p.markAttendance(Attendance.PRESENT);
        participants.add(p);
        return p;
    }

    /**
     * At a closing meeting the family speaks first: their view is recorded before the specialists'
     * minutes and decisions (seed 003).
     */
    void recordFamilyView(String text, Instant now, String by) {
        requireMinutesOpen();
        if (kind != MeetingKind.CLOSING) {
            throw new BusinessException("meeting.familyView.onlyClosing");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw BusinessException.atField(FAMILY_VIEW, "validation.required");
        }
        if (t.length() > MINUTES_MAX) {
            throw BusinessException.atField(FAMILY_VIEW, "validation.maxLength", MINUTES_MAX);
        }
        this.familyView = t;
        this.familyViewAt = now;
        this.familyViewBy = by;
    }

    /** At a closing meeting nothing of the specialists is recorded before the family has spoken. */
    void requireFamilyHeard() {
        if (kind == MeetingKind.CLOSING && familyView == null) {
            throw new BusinessException("meeting.familyView.first");
        }
    }

    /** The secretary finalises the minutes: from now on they are read-only; corrections are addenda. */
    void finalise(long userId, Instant now, String by) {
        requireMinutesOpen();
        if (userId != secretaryOrChair()) {
            throw new BusinessException("meeting.minutes.onlySecretary");
        }
        if (participants.stream().noneMatch(p -> p.getAttendance() == Attendance.PRESENT)) {
            throw new BusinessException("meeting.minutes.noAttendance");
        }
        this.finalisedAt = now;
        this.finalisedBy = by;
    }

    public boolean isFinalised() {
        return finalisedAt != null;
    }

    public boolean overlaps(Instant from, Instant to) {
        return status != MeetingStatus.CANCELLED && startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    @Override
    public Long auditFamilyId() {
        return familyId;
    }

    @Override
    public String auditFamilyLabel() {
        return familyName;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public Long auditTeamId() {
        return teamAgencyId;
    }

    public String getUid() { return uid; }
    public int getSequence() { return sequence; }
    public MeetingKind getKind() { return kind; }
    public String getTitle() { return title; }
    public long getTeamAgencyId() { return teamAgencyId; }
    public Long getCaseId() { return caseId; }
    public Long getFamilyId() { return familyId; }
    public String getFamilyName() { return familyName; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getOnlineLink() { return onlineLink; }
    public long getChairId() { return chairId; }
    public String getChairName() { return chairName; }
    public MeetingStatus getStatus() { return status; }
    public String getOrganisedBy() { return organisedBy; }
    public Instant getOrganisedAt() { return organisedAt; }
    public List<Participant> getParticipants() { return List.copyOf(participants); }
    public Long getSecretaryId() { return secretaryId; }
    public String getSecretaryName() { return secretaryName; }
    public String getFamilyView() { return familyView; }
    public Instant getFamilyViewAt() { return familyViewAt; }
    public Instant getFinalisedAt() { return finalisedAt; }
    public String getFinalisedBy() { return finalisedBy; }
}
