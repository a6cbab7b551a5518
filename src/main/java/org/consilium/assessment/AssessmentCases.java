package org.consilium.assessment;

import jakarta.annotation.security.RolesAllowed;
import org.consilium.casefile.CaseContext;
import org.consilium.security.AppRoles;
import org.springframework.stereotype.Service;

/** Opens a case's assessment page: the case, if the user may read its assessment records. */
@Service
public class AssessmentCases {

    private final AssessmentAccess access;

    AssessmentCases(AssessmentAccess access) {
        this.access = access;
    }

    @RolesAllowed({AppRoles.CURATOR, AppRoles.SUPERVISOR})
    public CaseContext toRead(long caseId) {
        return access.toRead(caseId);
    }
}
