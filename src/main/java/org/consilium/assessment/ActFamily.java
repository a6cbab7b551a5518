package org.consilium.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.family.Relation;

/**
 * The family as a housing-conditions act needs it: who may be named present, and which children the
 * act must say something about. A new act is about the children of the family on the day of the
 * inspection; an act already drawn up stays about the children it was drawn up for.
 *
 * @param members     the members who may be named present
 * @param actChildren the children of an act already drawn up, or {@code null} for a new act
 */
record ActFamily(List<Member> members, List<ChildPlace> actChildren) {

    /** A member: id, full name, how they belong to the family, birth date if known. */
    record Member(long id, String name, Relation relation, LocalDate birthDate) {

        /** A child by the family's record, or anyone under 18 on {@code day}. */
        boolean isChildOn(LocalDate day) {
            return relation.isChild() || (birthDate != null && day != null && Period.between(birthDate, day).getYears() < 18);
        }
    }

    ActFamily {
        members = List.copyOf(members);
        actChildren = actChildren == null ? null : List.copyOf(actChildren);
    }

    static ActFamily forNewAct(List<Member> members) {
        return new ActFamily(members, null);
    }

    Optional<Member> member(long id) {
        return members.stream().filter(m -> m.id() == id).findFirst();
    }

    /** The children the act must say where they sleep and study, as their places with nothing chosen yet. */
    List<ChildPlace> childrenOn(LocalDate day) {
        if (actChildren != null) {
            return actChildren;
        }
        return members.stream().filter(m -> m.isChildOn(day))
                .map(m -> new ChildPlace(m.id(), m.name(), m.birthDate(), null, null, null)).toList();
    }
}
