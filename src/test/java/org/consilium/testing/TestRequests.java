package org.consilium.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyService;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.SharingService;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.Referral;
import org.consilium.request.RequestDetails;
import org.consilium.request.RequestKind;
import org.consilium.request.RequestQuestion;
import org.consilium.security.AppRoles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases to send information requests about: a family whose child goes to a school of its own (made for
 * the test, with a school user), in the demo district, with the demo curator, with or without the
 * family's consent for schools.
 */
@Component
public class TestRequests {

    public static final String DISTRICT = "Шевченківський";

    /** A case, its family, the child, the child's school and a user of that school. */
    public record RequestCase(long caseId, long familyId, long childId, long motherId, long schoolId, String schoolUser) {
    }

    private final TestCases testCases;
    private final SignedIn signedIn;
    private final FamilyService families;
    private final AgencyService agencies;
    private final UserAccountService accounts;
    private final SharingService sharing;
    private final CaseService cases;
    private final StaffAccounts staff;
    private final JdbcTemplate jdbc;

    TestRequests(TestCases testCases, SignedIn signedIn, FamilyService families, AgencyService agencies,
                 UserAccountService accounts, SharingService sharing, CaseService cases, StaffAccounts staff,
                 JdbcTemplate jdbc) {
        this.testCases = testCases;
        this.signedIn = signedIn;
        this.families = families;
        this.agencies = agencies;
        this.accounts = accounts;
        this.sharing = sharing;
        this.cases = cases;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /** A new school with one user of the SCHOOL role; returns the school and the user name. */
    public Agency newSchool() {
        return signedIn.as("admin", () -> agencies.create(new AgencyDetails(SignedIn.unique("SCH-"),
                "Школа " + SignedIn.unique(""), AgencyType.SCHOOL, DISTRICT)));
    }

    /** A new user with {@code role} in the given agency; returns the user name. */
    public String userOf(Agency agency, String role) {
        String username = SignedIn.unique("u.").toLowerCase(Locale.ROOT);
        signedIn.as("admin", () -> {
            UserAccountDetails d = new UserAccountDetails();
            d.setUsername(username);
            d.setFullName("Тестова Особа " + username);
            d.setRoles(Set.of(role));
            d.setAgency(agency);
            d.setNewPassword("request-test-1");
            return accounts.create(d);
        });
        return username;
    }

    /** A case of the demo curator about a family whose child goes to a new school; consent for schools if asked. */
    public RequestCase caseWithPupil(boolean schoolConsent) {
        Agency school = newSchool();
        String schoolUser = userOf(school, AppRoles.SCHOOL);
        Family family = signedIn.as("intake", () -> {
            FamilyDetails fd = new FamilyDetails();
            fd.setDistrict(DISTRICT);
            MemberDetails child = new MemberDetails("Юрченко", "Павло", LocalDate.parse("2013-04-04"), Sex.MALE, Relation.CHILD);
            child.setSchool(school);
            child.setSchoolClass("6-А");
            fd.setMembers(List.of(
                    new MemberDetails("Юрченко", "Ганна", LocalDate.parse("1985-02-02"), Sex.FEMALE, Relation.MOTHER), child));
            return families.register(fd, true);
        });
        Referral r = testCases.verifiedReferral(family);
        long caseId = signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(), TestCases.CRISIS,
                staff.idOf("curator"), true)).familyCase().getId();
        if (schoolConsent) {
            signedIn.as("curator", () -> sharing.recordConsent(caseId, "Юрченко Ганна", Set.of(AgencyType.SCHOOL),
                    LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)));
        }
        long childId = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Павло'",
                Long.class, family.getId());
        long motherId = jdbc.queryForObject("SELECT id FROM family_member WHERE family_id = ? AND first_name = 'Ганна'",
                Long.class, family.getId());
        return new RequestCase(caseId, family.getId(), childId, motherId, school.getId(), schoolUser);
    }

    /** A school characterisation of the child for the last three months, with every standard question. */
    public static RequestDetails characterisation(RequestCase c) {
        RequestDetails d = new RequestDetails();
        d.setMemberId(c.childId());
        d.setKind(RequestKind.SCHOOL_CHARACTERISATION);
        d.setAgencyId(c.schoolId());
        d.setQuestions(EnumSet.copyOf(RequestQuestion.of(RequestKind.SCHOOL_CHARACTERISATION)));
        d.setPeriodFrom(LocalDate.now().minusMonths(3));
        d.setPeriodTo(LocalDate.now().minusDays(1));
        return d;
    }
}
