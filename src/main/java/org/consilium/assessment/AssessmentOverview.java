package org.consilium.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A case's assessments: every version, newest last, and what the reader may start. {@code startable}:
 * the kinds of a next version the reader may start now (none while one is in progress).
 */
public record AssessmentOverview(long caseId, String familyName, List<Version> versions, boolean writable,
                                 Set<AssessmentKind> startable) {

    /** One version in the list. */
    public record Version(long assessmentId, int number, AssessmentKind kind, AssessmentStatus status, Instant startedAt,
                          Instant completedAt) {
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }
}
