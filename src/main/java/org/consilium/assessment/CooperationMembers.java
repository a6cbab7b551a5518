package org.consilium.assessment;

import java.util.List;
import java.util.Optional;
import org.consilium.base.RecordNotFoundException;
import org.consilium.family.Family;
import org.consilium.family.FamilyMember;
import org.consilium.family.FamilyService;
import org.springframework.stereotype.Component;

/** The members of a case's family, read through the family module, as the first meeting and the agreement use them. */
@Component
class CooperationMembers {

    private final FamilyService families;

    CooperationMembers(FamilyService families) {
        this.families = families;
    }

    /** The family's members in the family's own order. */
    List<CooperationMember> of(long familyId) {
        Family family = families.get(familyId).orElseThrow(RecordNotFoundException::new);
        return family.getMembers().stream().map(CooperationMembers::member).toList();
    }

    /** A member of the family by id, if it is one of them. */
    Optional<CooperationMember> find(long familyId, Long memberId) {
        return memberId == null ? Optional.empty() : of(familyId).stream().filter(m -> m.id() == memberId).findFirst();
    }

    private static CooperationMember member(FamilyMember m) {
        return new CooperationMember(m.getId(), m.getFullName(), m.getRelation(), m.getBirthDate());
    }
}
