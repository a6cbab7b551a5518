package org.consilium.family;

import java.util.Collection;
import java.util.Map;

/**
 * What a list of families shows about each family's case. Families are known before any case is
 * opened, so this module knows nothing of cases: the module that keeps them implements this, and the
 * family list asks through it.
 */
public interface FamilyCaseLinks {

    /**
     * A family's latest case in the reader's team: where it stands ({@code stageKey}, a message key),
     * whether it is open, who curates it, and whether the reader may open its page.
     */
    record LatestCase(long caseId, String stageKey, boolean open, String curatorName, boolean mayRead) {
    }

    /** The latest case of each of the given families in the reader's team, by family id. */
    Map<Long, LatestCase> latestCasesOf(Collection<Long> familyIds);
}
