package org.consilium.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consilium.assessment.HousingActChoices.Dwelling;

/**
 * A case's housing-conditions acts, newest inspection first, each as a line of a list (when, who
 * inspected, the dwelling), and whether the reader may record a new one.
 */
public record HousingActList(long caseId, String familyName, boolean mayDrawUp, List<Summary> acts) {

    public HousingActList {
        acts = List.copyOf(acts);
    }

    /** One act in the list. */
    public record Summary(long id, long version, LocalDate inspectedOn, String inspectors, Dwelling dwelling,
                          String recordedByName, Instant recordedAt, Instant revisedAt) {
    }
}
