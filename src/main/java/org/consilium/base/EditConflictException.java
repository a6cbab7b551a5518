package org.consilium.base;

import java.time.Instant;

/**
 * Someone else saved the same record after this user opened it. The save was refused; the user is
 * told who changed it and when, and can reload.
 */
public class EditConflictException extends BusinessException {

    private final String changedBy;
    private final Instant changedAt;

    public EditConflictException(String changedBy, Instant changedAt) {
        super("error.editConflict", changedBy == null ? "?" : changedBy, changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
