package org.consilium.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who asked, from which team, and when: what the addressee is told of the asking side. */
@Embeddable
public class RequestSender {

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 50)
    private String username;

    @Column(name = "sent_by_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "sent_by_email", length = 120)
    private String email;

    @Column(name = "sent_by_team", nullable = false, length = 200)
    private String team;

    protected RequestSender() {
    }

    RequestSender(Instant sentAt, String username, String fullName, String email, String team) {
        this.sentAt = sentAt;
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.team = team;
    }

    /** The same sender, for a recurring report sent on their behalf at {@code at}. */
    RequestSender resentAt(Instant at) {
        return new RequestSender(at, username, fullName, email, team);
    }

    public Instant getSentAt() { return sentAt; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getTeam() { return team; }
}
