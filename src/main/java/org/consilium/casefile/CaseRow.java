package org.consilium.casefile;

import java.time.Instant;

/** One case in the case list. */
public record CaseRow(long id, String familyName, CaseStage stage, SupportLevel level, CaseModel model,
                      String curatorName, Instant openedAt, boolean open) {
}
