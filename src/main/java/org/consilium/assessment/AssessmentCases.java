package org.consilium.assessment;

import org.consilium.casefile.CaseContext;
import org.springframework.stereotype.Service;

/** Opens a case's assessment page: the case, if the user may read its assessment records. */
@Service
public class AssessmentCases {

    private final AssessmentAccess access;

    AssessmentCases(AssessmentAccess access) {
        this.access = access;
    }

    public CaseContext toRead(long caseId) {
        return access.toRead(caseId);
    }
}
