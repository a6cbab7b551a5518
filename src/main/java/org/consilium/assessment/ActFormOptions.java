package org.consilium.assessment;

import java.time.LocalDate;
import java.util.List;
import org.consilium.assessment.HousingActDetails.ChildPlace;
import org.consilium.family.Relation;

/**
 * What the act's form offers: the family's address, its members (to tick who was there) and children
 * (to say where each sleeps and studies), and the team's staff to name as inspectors, the writer first.
 *
 * @param me the signed-in user, named as the first inspector of a new act
 */
public record ActFormOptions(long caseId, String familyName, LocalDate today, String address, List<Member> members,
                             List<ChildPlace> children, List<Staff> staff, Staff me) {

    public ActFormOptions {
        members = List.copyOf(members);
        children = List.copyOf(children);
        staff = List.copyOf(staff);
    }

    /** A member of the family. */
    public record Member(long id, String name, Relation relation) {
    }

    /** A colleague of the team, with the key of the label of their role, to offer as their position. */
    public record Staff(long id, String name, String roleKey) {
    }
}
