package org.consilium.base;

import java.time.Instant;

/**
 * Someone else saved the same record after this user opened it. The save was refused; the user is
 * told who changed it and when, and can reload.
 */
public class EditConflictException extends BusinessException {

    private final String changedBy;
    private final Instant changedAt;

    /** Who saved and when, if known ({@code null}s give a message without them). */
    public EditConflictException(String changedBy, Instant changedAt) {
        super(changedBy == null || changedAt == null ? "error.editConflict.unknown" : "error.editConflict",
                changedBy == null ? "" : changedBy, changedAt == null ? "" : changedAt);
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
