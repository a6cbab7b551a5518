package org.consilium.mail;

import java.time.Instant;

/** A line of the outbox list. */
public record OutboxRow(long id, Instant createdAt, String recipients, String subject, OutboxMessage.Status status,
        Instant sentAt) {
}
