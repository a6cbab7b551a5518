package org.consilium.testing;

import java.time.LocalDate;
import java.util.Set;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.SharingService;
import org.consilium.security.AppRoles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A case in initial assessment for the demo curator, whose family (Савченко: the mother Олена and her
 * son Ігор, 12) has its own account, with the school taking part on the family's consent; and the
 * social-services staff around it: a curator of the same team who is not the case's curator, and a
 * curator of another team. The colleagues are made once per test run.
 */
@Component
public class TestAgreements {

    /** The case, its family's members, and who is who around it. */
    public record AssessmentCase(long caseId, long familyId, long motherId, long childId, String familyUser,
                                 String teamCurator, String otherTeamCurator) {
    }

    private final TestCases testCases;
    private final SignedIn signedIn;
    private final StaffAccounts staff;
    private final SharingService sharing;
    private final JdbcTemplate jdbc;
    private String teamCurator;
    private String otherTeamCurator;

    TestAgreements(TestCases testCases, SignedIn signedIn, StaffAccounts staff, SharingService sharing, JdbcTemplate jdbc) {
        this.testCases = testCases;
        this.signedIn = signedIn;
        this.staff = staff;
        this.sharing = sharing;
        this.jdbc = jdbc;
    }

    public AssessmentCase caseInAssessment() {
        long caseId = testCases.openCaseForDemoCurator();
        long school = staff.agencyOf(AgencyType.SCHOOL).getId();
        signedIn.as("curator", () -> {
            sharing.addParticipant(caseId, school);
            return sharing.recordConsent(caseId, "Савченко Олена", Set.of(AgencyType.SCHOOL),
                    LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        });
        long familyId = jdbc.queryForObject("SELECT family_id FROM family_case WHERE id = ?", Long.class, caseId);
        long motherId = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Олена'",
                Long.class, familyId);
        long childId = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Ігор'",
                Long.class, familyId);
        String familyUser = staff.createForFamily("fam.", "Олена Савченко", testCases.family(familyId), "family-agreement-1");
        return new AssessmentCase(caseId, familyId, motherId, childId, familyUser, teamCurator(), otherTeamCurator());
    }

    private synchronized String teamCurator() {
        if (teamCurator == null) {
            teamCurator = staff.createBeside("curator", "colleague.", "Оксана Колега", AppRoles.CURATOR, "colleague-pass-1");
        }
        return teamCurator;
    }

    private synchronized String otherTeamCurator() {
        if (otherTeamCurator == null) {
            otherTeamCurator = staff.createInAnotherTeam("podil.", "Петро Подільський", AppRoles.CURATOR, "podil-pass-1");
        }
        return otherTeamCurator;
    }
}
