package org.consilium.casefile;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.consilium.security.AppRoles;

/**
 * Need to know (DOMAIN.md, "Access"; decision 0013): the one place that says who may do what with a
 * case. Each rule grants some operations to one kind of relationship with the case; what no rule
 * grants is refused. Every module asks here (through {@link CaseService}) before it reads or changes
 * a case's data.
 */
public final class CaseAccessPolicy {

    /** One kind of relationship with a case, and what it may do. */
    public record Rule(String name, BiPredicate<CaseReader, CaseFacts> applies,
                       Set<CaseOperation> grants) {
    }

    /** The rules of the portal. */
    public static final List<Rule> RULES = List.of(
            new Rule("the case's own curator",
                    (r, c) -> r.has(AppRoles.CURATOR) && r.accountId() == c.curatorId(),
                    EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE,
                            CaseOperation.MANAGE_SHARING)),
            new Rule("a curator of the case's team",
                    (r, c) -> r.has(AppRoles.CURATOR) && sameTeam(r, c),
                    EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL)),
            new Rule("a supervisor of the case's team",
                    (r, c) -> r.has(AppRoles.SUPERVISOR) && sameTeam(r, c),
                    EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE,
                            CaseOperation.DECIDE, CaseOperation.MANAGE_SHARING)),
            new Rule("a partner agency taking part, with the family's consent or an emergency override",
                    (r, c) -> isPartner(r) && r.agencyId() != null && c.participatingAgencyIds().contains(r.agencyId())
                            && c.sharingAllowedAgencyIds().contains(r.agencyId()),
                    EnumSet.of(CaseOperation.READ_SHARED)),
            new Rule("a member of the case's family",
                    (r, c) -> r.has(AppRoles.FAMILY) && r.familyId() != null && r.familyId() == c.familyId(),
                    EnumSet.of(CaseOperation.READ_FAMILY_VIEW)));

    private final List<Rule> rules;

    public CaseAccessPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CaseAccessPolicy standard() {
        return new CaseAccessPolicy(RULES);
    }

    /** Everything the reader may do with the case. */
    public Set<CaseOperation> allowed(CaseReader reader, CaseFacts facts) {
        Set<CaseOperation> allowed = EnumSet.noneOf(CaseOperation.class);
        for (Rule rule : rules) {
            if (rule.applies().test(reader, facts)) {
                allowed.addAll(rule.grants());
            }
        }
        return allowed;
    }

    public boolean allows(CaseReader reader, CaseFacts facts, CaseOperation operation) {
        return allowed(reader, facts).contains(operation);
    }

    private static boolean sameTeam(CaseReader r, CaseFacts c) {
        return r.agencyId() != null && r.agencyId() == c.teamAgencyId();
    }

    private static boolean isPartner(CaseReader r) {
        return AppRoles.PARTNERS.stream().anyMatch(r::has);
    }
}
