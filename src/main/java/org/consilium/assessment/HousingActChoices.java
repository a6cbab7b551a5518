package org.consilium.assessment;

/**
 * The choices of a housing-conditions act, as the usual paper form offers them; each section also has
 * notes for what a choice cannot say. Labels are in the bundles under {@code assessment.act.<group>.<NAME>}.
 */
public final class HousingActChoices {

    private HousingActChoices() {
    }

    /** A choice with its label in the bundles. */
    public interface Choice {
        String messageKey();
    }

    /** What kind of dwelling the family lives in. */
    public enum Dwelling implements Choice {
        APARTMENT, PRIVATE_HOUSE, DORMITORY, RENTED_ROOM, TEMPORARY, OTHER;

        @Override
        public String messageKey() {
            return "assessment.act.dwelling." + name();
        }
    }

    /** On what terms the family lives there. */
    public enum Tenure implements Choice {
        OWNED, MUNICIPAL, RENTED, RELATIVES, SHELTER, OTHER;

        @Override
        public String messageKey() {
            return "assessment.act.tenure." + name();
        }
    }

    public enum Heating implements Choice {
        CENTRAL, INDIVIDUAL, ELECTRIC, STOVE, NONE;

        @Override
        public String messageKey() {
            return "assessment.act.heating." + name();
        }
    }

    public enum Water implements Choice {
        INDOOR, WELL, STANDPIPE, DELIVERED, NONE;

        @Override
        public String messageKey() {
            return "assessment.act.water." + name();
        }
    }

    public enum Sanitation implements Choice {
        INDOOR, SHARED, OUTDOOR, NONE;

        @Override
        public String messageKey() {
            return "assessment.act.sanitation." + name();
        }
    }

    /** Whether there is food in the home for the children. */
    public enum Food implements Choice {
        SUFFICIENT, LIMITED, NONE;

        @Override
        public String messageKey() {
            return "assessment.act.food." + name();
        }
    }

    /** The sanitary state of the home: cleanliness, order, repair. */
    public enum Upkeep implements Choice {
        GOOD, SATISFACTORY, POOR;

        @Override
        public String messageKey() {
            return "assessment.act.upkeep." + name();
        }
    }

    /** Where a child sleeps. */
    public enum Sleeping implements Choice {
        OWN_ROOM, OWN_BED, SHARED_BED, NO_PLACE;

        @Override
        public String messageKey() {
            return "assessment.act.sleeping." + name();
        }
    }

    /** Where a child does homework; a child too young for school needs none. */
    public enum Study implements Choice {
        OWN_DESK, SHARED_DESK, NO_PLACE, NOT_YET;

        @Override
        public String messageKey() {
            return "assessment.act.study." + name();
        }
    }
}
