package org.consilium.casefile;

import java.time.Instant;
import java.time.LocalDate;
import org.consilium.referral.Urgency;

/** One case in the case list; {@code overdue} when its current stage's work is past {@code dueOn}. */
public record CaseRow(long id, String familyName, CaseStage stage, SupportLevel level, CaseModel model,
                      String curatorName, Instant openedAt, boolean open, Urgency urgency, LocalDate dueOn,
                      boolean overdue) {

    /** As the query reads it, before the day is known. */
    public CaseRow(long id, String familyName, CaseStage stage, SupportLevel level, CaseModel model,
                   String curatorName, Instant openedAt, boolean open, Urgency urgency, LocalDate dueOn) {
        this(id, familyName, stage, level, model, curatorName, openedAt, open, urgency, dueOn, false);
    }

    CaseRow on(LocalDate today) {
        return new CaseRow(id, familyName, stage, level, model, curatorName, openedAt, open, urgency, dueOn,
                dueOn != null && dueOn.isBefore(today));
    }
}
