package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.consilium.family.Relation;

/**
 * A member of the family who was there at the inspection, kept by name and relation as they were then,
 * so that the act reads the same whatever later happens to the family's record.
 */
@Embeddable
class ActPresent {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "full_name", nullable = false, length = 250)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relation relation;

    protected ActPresent() {
    }

    ActPresent(long memberId, String name, Relation relation) {
        this.memberId = memberId;
        this.name = name;
        this.relation = relation;
    }

    long getMemberId() {
        return memberId;
    }

    String getName() {
        return name;
    }

    Relation getRelation() {
        return relation;
    }
}
