package org.consilium.assessment;

import org.consilium.family.Relation;
import org.consilium.family.Sex;

/** Who a member is in the family, as the social map names them; children are drawn differently. */
public enum SocialMapRole {
    MOTHER, FATHER, STEPMOTHER, STEPFATHER, PARTNER, GUARDIAN, GRANDMOTHER, GRANDFATHER, OTHER_ADULT,
    DAUGHTER, SON, OTHER_CHILD;

    /** A child of the family by role (the map draws them as a child while under 18). */
    public boolean isChild() {
        return this == DAUGHTER || this == SON || this == OTHER_CHILD;
    }

    /** The role a member of the family's record has on the map, told apart by sex where the record is not. */
    public static SocialMapRole of(Relation relation, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        return switch (relation) {
            case MOTHER -> MOTHER;
            case FATHER -> FATHER;
            case GUARDIAN -> GUARDIAN;
            case GRANDPARENT -> female ? GRANDMOTHER : GRANDFATHER;
            case OTHER_ADULT -> OTHER_ADULT;
            case CHILD -> female ? DAUGHTER : SON;
            case OTHER_CHILD -> OTHER_CHILD;
        };
    }

    public String messageKey() {
        return "socialMap.role." + name();
    }
}
