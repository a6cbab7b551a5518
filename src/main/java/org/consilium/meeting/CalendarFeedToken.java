package org.consilium.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's private calendar subscription address, kept as the SHA-256 hash of its secret token: the
 * address is shown to its owner once and cannot be read back. A new address replaces the old one.
 */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeedToken() {
    }

    CalendarFeedToken(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** The old address stops working the moment the new one is saved. */
    void replace(String newTokenHash, Instant at) {
        this.tokenHash = newTokenHash;
        this.createdAt = at;
    }

    long getUserId() { return userId; }
    String getTokenHash() { return tokenHash; }
    Instant getCreatedAt() { return createdAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CalendarFeedToken other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return CalendarFeedToken.class.hashCode();
    }
}
