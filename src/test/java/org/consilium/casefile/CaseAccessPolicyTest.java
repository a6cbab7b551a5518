package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.Test;

/**
 * The access matrix as a plain rule check: relationship × operation. The MariaDB test
 * ({@code CaseAccessTest}) checks the same matrix through the services with real records.
 */
class CaseAccessPolicyTest {

    private static final long TEAM = 1, OTHER_TEAM = 2, SCHOOL = 10, POLICE = 11, CLINIC = 12;
    private static final long CURATOR = 100, FAMILY = 500;

    /** The school takes part with consent, the police take part without it, the clinic does not take part. */
    private static final CaseFacts CASE = new CaseFacts(7, TEAM, CURATOR, FAMILY, Set.of(SCHOOL, POLICE), Set.of(SCHOOL));

    /** Each relationship, and exactly what it may do. */
    static Map<String, Map.Entry<CaseReader, Set<CaseOperation>>> matrix() {
        Map<String, Map.Entry<CaseReader, Set<CaseOperation>>> m = new LinkedHashMap<>();
        m.put("own case (curator)", Map.entry(new CaseReader(CURATOR, Set.of(AppRoles.CURATOR), TEAM, null),
                EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE, CaseOperation.MANAGE_SHARING)));
        m.put("team case (curator)", Map.entry(new CaseReader(101, Set.of(AppRoles.CURATOR), TEAM, null),
                EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL)));
        m.put("team case (supervisor)", Map.entry(new CaseReader(102, Set.of(AppRoles.SUPERVISOR), TEAM, null),
                EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE, CaseOperation.DECIDE,
                        CaseOperation.MANAGE_SHARING)));
        m.put("team (intake)", Map.entry(new CaseReader(103, Set.of(AppRoles.INTAKE), TEAM, null), EnumSet.noneOf(CaseOperation.class)));
        m.put("other team (curator)", Map.entry(new CaseReader(104, Set.of(AppRoles.CURATOR), OTHER_TEAM, null),
                EnumSet.noneOf(CaseOperation.class)));
        m.put("other team (supervisor)", Map.entry(new CaseReader(105, Set.of(AppRoles.SUPERVISOR), OTHER_TEAM, null),
                EnumSet.noneOf(CaseOperation.class)));
        m.put("participating agency with consent (school)", Map.entry(new CaseReader(200, Set.of(AppRoles.SCHOOL), SCHOOL, null),
                EnumSet.of(CaseOperation.READ_SHARED)));
        m.put("participating agency without consent (police)", Map.entry(new CaseReader(201, Set.of(AppRoles.POLICE), POLICE, null),
                EnumSet.noneOf(CaseOperation.class)));
        m.put("non-participating agency (health)", Map.entry(new CaseReader(202, Set.of(AppRoles.HEALTH), CLINIC, null),
                EnumSet.noneOf(CaseOperation.class)));
        m.put("own family", Map.entry(new CaseReader(300, Set.of(AppRoles.FAMILY), null, FAMILY),
                EnumSet.of(CaseOperation.READ_FAMILY_VIEW)));
        m.put("other family", Map.entry(new CaseReader(301, Set.of(AppRoles.FAMILY), null, 501L),
                EnumSet.noneOf(CaseOperation.class)));
        m.put("administrator", Map.entry(new CaseReader(400, Set.of(AppRoles.ADMIN), TEAM, null), EnumSet.noneOf(CaseOperation.class)));
        return m;
    }

    private static List<String> mismatches(CaseAccessPolicy policy) {
        List<String> wrong = new ArrayList<>();
        matrix().forEach((who, expected) -> {
            Set<CaseOperation> actual = policy.allowed(expected.getKey(), CASE);
            for (CaseOperation op : CaseOperation.values()) {
                if (actual.contains(op) != expected.getValue().contains(op)) {
                    wrong.add(who + " / " + op + ": " + (actual.contains(op) ? "allowed" : "refused"));
                }
            }
        });
        return wrong;
    }

    @Test
    void every_relationship_may_do_exactly_what_the_matrix_says() {
        assertThat(mismatches(CaseAccessPolicy.standard())).isEmpty();
    }

    @Test
    void removing_any_single_rule_breaks_the_matrix() {
        for (int i = 0; i < CaseAccessPolicy.RULES.size(); i++) {
            List<CaseAccessPolicy.Rule> without = new ArrayList<>(CaseAccessPolicy.RULES);
            CaseAccessPolicy.Rule removed = without.remove(i);
            assertThat(mismatches(new CaseAccessPolicy(without))).as("without the rule for " + removed.name()).isNotEmpty();
        }
    }

    @Test
    void consent_for_the_agency_turns_a_refusal_into_shared_reading_and_withdrawing_it_turns_it_back() {
        CaseReader police = new CaseReader(201, Set.of(AppRoles.POLICE), POLICE, null);
        CaseFacts withConsent = new CaseFacts(7, TEAM, CURATOR, FAMILY, Set.of(SCHOOL, POLICE), Set.of(SCHOOL, POLICE));
        assertThat(CaseAccessPolicy.standard().allows(police, withConsent, CaseOperation.READ_SHARED)).isTrue();
        assertThat(CaseAccessPolicy.standard().allows(police, CASE, CaseOperation.READ_SHARED)).isFalse();
        CaseFacts consentButNotTakingPart = new CaseFacts(7, TEAM, CURATOR, FAMILY, Set.of(SCHOOL), Set.of(SCHOOL, POLICE));
        assertThat(CaseAccessPolicy.standard().allows(police, consentButNotTakingPart, CaseOperation.READ_SHARED)).isFalse();
    }
}
