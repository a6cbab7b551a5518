package org.consilium.casefile;

/**
 * What the case list shows: {@code null} means "any". {@code familyMember} searches any member's
 * name in any spelling; {@code openOnly} hides closed and followed-up cases; {@code district} is the family's district
 * (empty for any).
 */
public record CaseFilter(CaseStage stage, SupportLevel level, Long curatorId, String familyMember, boolean openOnly,
                         String district) {

    public CaseFilter(CaseStage stage, SupportLevel level, Long curatorId, String familyMember, boolean openOnly) {
        this(stage, level, curatorId, familyMember, openOnly, "");
    }

    public static CaseFilter all() {
        return new CaseFilter(null, null, null, "", false);
    }
}
