package org.consilium.casefile;

import org.consilium.referral.Urgency;

/**
 * What the case list shows: {@code null} means "any". {@code familyMember} searches any member's
 * name in any spelling; {@code openOnly} hides closed and followed-up cases; {@code district} is the
 * family's district (empty for any); {@code overdueOnly} keeps the cases whose current stage's work is
 * past its due date.
 */
public record CaseFilter(CaseStage stage, SupportLevel level, Long curatorId, String familyMember, boolean openOnly,
                         String district, Urgency urgency, boolean overdueOnly) {

    public CaseFilter(CaseStage stage, SupportLevel level, Long curatorId, String familyMember, boolean openOnly) {
        this(stage, level, curatorId, familyMember, openOnly, "", null, false);
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, "", false);
    }
}
