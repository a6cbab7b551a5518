package org.consilium.assessment;

import java.time.LocalDate;
import java.time.Period;
import org.consilium.family.Relation;

/**
 * A member of a case's family as the first meeting and the cooperation agreement need them: who took
 * part in the meeting, who may sign the agreement.
 *
 * @param birthDate {@code null} when not known
 */
public record CooperationMember(long id, String fullName, Relation relation, LocalDate birthDate) {

    /** The age of majority: an agreement is signed by an adult of the family. */
    public static final int ADULT_AGE = 18;

    /**
     * Whether the member may sign an agreement on {@code day}: not a child of the family, and of age
     * if the birth date is known.
     */
    public boolean adultOn(LocalDate day) {
        if (relation.isChild()) {
            return false;
        }
        return birthDate == null || Period.between(birthDate, day).getYears() >= ADULT_AGE;
    }
}
