package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Someone invited to a meeting: a portal user, a whole agency (any of its users answers for it), a
 * member of the family, or a guest known by name and e-mail; with the answer to the invitation. Part of
 * the meeting.
 */
@Entity
@Table(name = "meeting_participant")
public class Participant {

    /** Who the participant is. */
    public enum Kind {
        USER, AGENCY, FAMILY_MEMBER, GUEST;

        public String messageKey() {
            return "meeting.participant." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 120)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Response response = Response.NEEDS_ACTION;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by", length = 50)
    private String respondedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    protected Participant() {
    }

    Participant(Meeting meeting, Kind kind, Long id, String name, String email) {
        this.meeting = meeting;
        this.kind = kind;
        switch (kind) {
            case USER -> this.userId = id;
            case AGENCY -> this.agencyId = id;
            case FAMILY_MEMBER -> this.memberId = id;
            case GUEST -> { }
        }
        this.name = name;
        this.email = email;
    }

    void answer(Response answer, Instant at, String by) {
        this.response = answer;
        this.respondedAt = at;
        this.respondedBy = by;
    }

    void markAttendance(Attendance a) {
        this.attendance = a;
    }

    public Attendance getAttendance() { return attendance; }
    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public Kind getKind() { return kind; }
    public Long getUserId() { return userId; }
    public Long getAgencyId() { return agencyId; }
    public Long getMemberId() { return memberId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public Response getResponse() { return response; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getRespondedBy() { return respondedBy; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Participant other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Participant.class.hashCode();
    }
}
