package org.consilium.request;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.consilium.agency.AgencyType;

/**
 * What the curator chooses from to send a request about a case: the family's members (children with
 * their school and class), the partner agencies, which agency types the family's consent covers today,
 * the default due date of each kind, and the goals of the plan in force that a recurring report can
 * feed.
 */
public record SendOptions(long caseId, String familyDistrict, List<Member> members, List<AgencyOption> agencies,
                          Set<AgencyType> consentedTypes, Map<RequestKind, LocalDate> defaultDueOn,
                          LocalDate planEndsOn, List<Goal> goals) {

    public record Member(long id, String fullName, boolean child, LocalDate birthDate, String schoolClass,
                         Long schoolAgencyId) {
    }

    public record AgencyOption(long id, String name, AgencyType type, String district) {
    }

    public record Goal(String key, String statement) {
    }

    /**
     * The agency the portal proposes for a kind of request about a member (or the whole family): the
     * child's own school; otherwise an agency of the kind's type in the family's district; otherwise
     * the first of that type.
     */
    public Optional<AgencyOption> propose(RequestKind kind, Long memberId) {
        if (kind == null || kind.agencyType() == null) {
            return Optional.empty();
        }
        if (kind.agencyType() == AgencyType.SCHOOL && memberId != null) {
            Optional<AgencyOption> school = members.stream().filter(m -> m.id() == memberId)
                    .map(Member::schoolAgencyId).filter(Objects::nonNull).findFirst()
                    .flatMap(id -> agencies.stream().filter(a -> a.id() == id).findFirst());
            if (school.isPresent()) {
                return school;
            }
        }
        List<AgencyOption> ofType = agencies.stream().filter(a -> a.type() == kind.agencyType())
                .sorted(Comparator.comparing(AgencyOption::name)).toList();
        return ofType.stream().filter(a -> a.district() != null && !a.district().isBlank()
                        && a.district().equalsIgnoreCase(familyDistrict == null ? "" : familyDistrict.strip()))
                .findFirst().or(() -> ofType.stream().findFirst());
    }

    /** Whether the family's consent covers asking this type of agency today. */
    public boolean consented(AgencyType type) {
        return consentedTypes.contains(type);
    }
}
