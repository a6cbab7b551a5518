package org.consilium.family;

import java.time.LocalDate;
import java.util.List;

/** One family in a list: its name, address and members with their ages, read in one go. */
public record FamilyRow(long id, String name, String address, String district, List<Member> members) {

    /** A member as a list shows it. */
    public record Member(String fullName, Relation relation, LocalDate birthDate, Integer age) {
    }

    static FamilyRow of(Family f, LocalDate today) {
        return new FamilyRow(f.getId(), f.getName(), f.getAddress(), f.getDistrict(),
                f.getMembers().stream().map(m -> new Member(m.getFullName(), m.getRelation(), m.getBirthDate(), m.ageOn(today))).toList());
    }
}
