package org.consilium.casefile;

import java.util.Set;

/**
 * A case as other modules need it to decide what a user may do with the case's own records (its
 * plan, its meetings): whose family, which stage, whose team and curator, and every operation the
 * access policy grants the user.
 */
public record CaseContext(long caseId, long familyId, String familyName, CaseStage stage, long curatorId,
                          String curatorName, String curatorEmail, long teamAgencyId, String teamAgencyName,
                          Set<CaseOperation> operations) {

    public CaseContext {
        operations = Set.copyOf(operations);
    }

    public boolean may(CaseOperation operation) {
        return operations.contains(operation);
    }
}
