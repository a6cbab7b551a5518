package org.consilium.casefile;

/**
 * A family's latest case in the reader's team, as a family list shows it: where it stands and who
 * curates it; {@code mayRead} tells whether the reader may open the case page.
 */
public record FamilyCaseSummary(long caseId, long familyId, CaseStage stage, boolean open, String curatorName,
                                boolean mayRead) {
}
