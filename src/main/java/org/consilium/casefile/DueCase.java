package org.consilium.casefile;

import java.time.LocalDate;

/** A case whose current stage's work is due by {@code dueOn}: what a curator's list of overdue items shows. */
public record DueCase(long caseId, String familyName, CaseStage stage, LocalDate dueOn) {
}
