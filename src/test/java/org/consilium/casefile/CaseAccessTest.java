package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access matrix on MariaDB with real records: role × relationship with the case × operation, as
 * the services answer it, and refusals of real calls kept in the audit log.
 */
@MariaDbTest
class CaseAccessTest {

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    SharingService sharing;

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AgencyService agencies;

    @Autowired
    JdbcTemplate jdbc;

    private long caseId;
    private final Map<String, Set<CaseOperation>> expected = new LinkedHashMap<>();

    @BeforeEach
    void aCaseSharedWithTheSchoolByConsentAndWithThePoliceWithout() {
        caseId = testCases.openCaseForDemoCurator();
        Agency school = staff.agencyOf(AgencyType.SCHOOL);
        Agency police = staff.agencyOf(AgencyType.POLICE);
        signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, school.getId());
            sharing.addParticipant(caseId, police.getId());
            return sharing.recordConsent(caseId, "Савченко Олена", Set.of(AgencyType.SCHOOL), LocalDate.now().minusDays(1),
                    LocalDate.now().plusYears(1));
        });
        Family family = familyOfCase();
        String ownFamily = account("fam.", "Олена Савченко", AppRoles.FAMILY, null, family);
        Agency otherTeam = signedIn.as("admin", () -> agencies.create(new AgencyDetails(
                SignedIn.unique("OTH").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""), SignedIn.unique("Інший центр "),
                AgencyType.SOCIAL_SERVICES, "")));
        String otherTeamCurator = account("otc.", "Куратор Іншого Центру", AppRoles.CURATOR, otherTeam, null);
        String teamCurator = staff.create("tmc.", "Колега З Команди", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "team-curator-1");

        expected.put("curator", EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE,
                CaseOperation.MANAGE_SHARING));
        expected.put(teamCurator, EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL));
        expected.put("supervisor", EnumSet.of(CaseOperation.READ_CASE, CaseOperation.READ_INTERNAL, CaseOperation.EDIT_CASE,
                CaseOperation.DECIDE, CaseOperation.MANAGE_SHARING));
        expected.put("intake", EnumSet.noneOf(CaseOperation.class));
        expected.put(otherTeamCurator, EnumSet.noneOf(CaseOperation.class));
        expected.put("school", EnumSet.of(CaseOperation.READ_SHARED));
        expected.put("police", EnumSet.noneOf(CaseOperation.class));
        expected.put("health", EnumSet.noneOf(CaseOperation.class));
        expected.put(ownFamily, EnumSet.of(CaseOperation.READ_FAMILY_VIEW));
        expected.put("family", EnumSet.noneOf(CaseOperation.class));
        expected.put("admin", EnumSet.noneOf(CaseOperation.class));
    }

    private Family familyOfCase() {
        long familyId = jdbc.queryForObject("SELECT family_id FROM family_case WHERE id = ?", Long.class, caseId);
        return testCases.family(familyId);
    }

    private String account(String prefix, String fullName, String role, Agency agency, Family family) {
        String username = SignedIn.unique(prefix).toLowerCase(Locale.ROOT);
        UserAccountDetails d = new UserAccountDetails();
        d.setUsername(username);
        d.setFullName(fullName);
        d.setRoles(Set.of(role));
        d.setAgency(agency);
        d.setFamily(family);
        d.setNewPassword("access-matrix-1");
        signedIn.as("admin", () -> accounts.create(d));
        return username;
    }

    /** What the user may do with the case, as other modules are told when they ask about it (no refusal recorded). */
    private Set<CaseOperation> operationsOf(String user) {
        return signedIn.as(user, () -> {
            Set<CaseOperation> granted = EnumSet.noneOf(CaseOperation.class);
            for (CaseOperation operation : CaseOperation.values()) {
                if (cases.contextsIfAllowed(List.of(caseId), operation).containsKey(caseId)) {
                    granted.add(operation);
                }
            }
            return granted;
        });
    }

    @Test
    void each_role_and_relationship_may_do_exactly_what_the_matrix_says() {
        expected.forEach((user, operations) ->
                assertThat(operationsOf(user)).as(user).isEqualTo(operations));
    }

    @Test
    void reading_the_case_page_is_refused_to_everyone_outside_the_team_and_each_refusal_is_logged() {
        expected.forEach((user, operations) -> {
            long refusalsBefore = refusals(user);
            if (operations.contains(CaseOperation.READ_CASE)) {
                assertThat(signedIn.as(user, () -> sheets.sheet(caseId))).as(user).isPresent();
            } else {
                assertThatThrownBy(() -> signedIn.as(user, () -> sheets.sheet(caseId))).as(user)
                        .isInstanceOf(AccessDeniedException.class);
                assertThat(refusals(user)).as(user + "'s refusal in the audit log").isEqualTo(refusalsBefore + 1);
            }
        });
    }

    @Test
    void only_the_participating_agency_with_consent_reads_the_shared_case_and_withdrawing_consent_ends_it() {
        assertThat(signedIn.as("school", () -> sharing.shared(caseId))).hasValueSatisfying(s -> {
            assertThat(s.familyName()).isEqualTo("Савченко");
            assertThat(s.children()).containsExactly("Ігор (" + Period.between(LocalDate.parse("2014-06-06"), LocalDate.now()).getYears() + ")");
            assertThat(s.sharing()).isEqualTo(CaseSharing.Sharing.CONSENT);
        });
        assertThat(signedIn.as("school", () -> sharing.sharedWithMyAgency())).extracting(SharedCase::caseId).contains(caseId);
        for (String refused : new String[] {"police", "health"}) {
            assertThatThrownBy(() -> signedIn.as(refused, () -> sharing.shared(caseId))).as(refused)
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(signedIn.as(refused, () -> sharing.sharedWithMyAgency())).extracting(SharedCase::caseId)
                    .as(refused).doesNotContain(caseId);
        }

        CaseSharing.Consent consent = signedIn.as("curator", () -> sharing.caseSharing(caseId)).consents().getFirst();
        signedIn.as("curator", () -> sharing.withdrawConsent(caseId, consent.id(), consent.version(), LocalDate.now()));
        assertThatThrownBy(() -> signedIn.as("school", () -> sharing.shared(caseId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_emergency_override_needs_a_written_reason_shares_the_case_and_waits_for_a_supervisors_review() {
        Agency police = staff.agencyOf(AgencyType.POLICE);
        assertThatThrownBy(() -> signedIn.as("curator", () -> sharing.emergencyOverride(caseId, police.getId(), "терміново")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("reason"));
        assertThatThrownBy(() -> signedIn.as("police", () -> sharing.shared(caseId))).isInstanceOf(AccessDeniedException.class);

        signedIn.as("curator", () -> sharing.emergencyOverride(caseId, police.getId(),
                "Дитина повідомила про насильство вдома, поліція має знати адресу й склад сім'ї сьогодні"));
        assertThat(signedIn.as("police", () -> sharing.shared(caseId))).hasValueSatisfying(s ->
                assertThat(s.sharing()).isEqualTo(CaseSharing.Sharing.EMERGENCY_OVERRIDE));
        assertThat(signedIn.as("supervisor", () -> sharing.overridesToReview())).extracting(DueCase::caseId).contains(caseId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CHANGE' AND entity_type = 'EmergencyOverride' AND case_id = ?",
                Long.class, caseId)).isEqualTo(1);

        long overrideId = signedIn.as("curator", () -> sharing.caseSharing(caseId)).overrides().getFirst().id();
        assertThatThrownBy(() -> signedIn.as("curator", () -> sharing.reviewOverride(overrideId))).isInstanceOf(AccessDeniedException.class);
        signedIn.as("supervisor", () -> sharing.reviewOverride(overrideId));
        assertThat(signedIn.as("supervisor", () -> sharing.overridesToReview())).extracting(DueCase::caseId).doesNotContain(caseId);
    }

    @Test
    void a_team_curator_who_is_not_the_cases_curator_cannot_manage_its_sharing() {
        String colleague = expected.keySet().stream().filter(u -> u.startsWith("tmc.")).findFirst().orElseThrow();
        Agency clinic = staff.agencyOf(AgencyType.HEALTH);
        assertThatThrownBy(() -> signedIn.as(colleague, () -> sharing.addParticipant(caseId, clinic.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> sharing.addParticipant(caseId, staff.agencyOf(AgencyType.SCHOOL).getId())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("sharing.participant.already"));
    }

    private long refusals(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DENIED' AND username = ?", Long.class, user);
    }
}
