package org.consilium.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.SupportLevel;
import org.consilium.family.Family;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.Channel;
import org.consilium.referral.FamilyContact;
import org.consilium.referral.ProblemArea;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralDetails;
import org.consilium.referral.ReferralService;
import org.consilium.referral.SourceType;
import org.consilium.referral.Urgency;
import org.consilium.referral.VerificationDetails;
import org.consilium.referral.VerificationOutcome;
import org.springframework.stereotype.Component;

/** Makes the way to a case as intake and the supervisor would: a new family, a verified referral, a case. */
@Component
public class TestCases {

    public static final CaseDecision CRISIS = new CaseDecision(SupportLevel.CRISIS, CaseModel.INTENSIVE,
            EnumSet.of(DecisionCriterion.MANY_PROBLEMS, DecisionCriterion.NEEDS_OTHER_ORGANISATIONS), "Рішення супервізора");

    private final FamilyService families;
    private final ReferralService referrals;
    private final CaseService cases;
    private final CaseSheets sheets;
    private final SignedIn signedIn;
    private final StaffAccounts staff;

    TestCases(FamilyService families, ReferralService referrals, CaseService cases, CaseSheets sheets, SignedIn signedIn,
              StaffAccounts staff) {
        this.families = families;
        this.referrals = referrals;
        this.cases = cases;
        this.sheets = sheets;
        this.signedIn = signedIn;
        this.staff = staff;
    }

    /** Intake registers a new family and a referral about it, verifies it and links the family. */
    public Referral verifiedReferralForNewFamily() {
        Family family = signedIn.as("intake", () -> {
            FamilyDetails fd = new FamilyDetails();
            fd.setMembers(List.of(
                    new MemberDetails("Савченко", "Олена", LocalDate.parse("1987-01-01"), Sex.FEMALE, Relation.MOTHER),
                    new MemberDetails("Савченко", "Ігор", LocalDate.parse("2014-06-06"), Sex.MALE, Relation.CHILD)));
            return families.register(fd, true);
        });
        return verifiedReferral(family);
    }

    /** Intake registers an urgent referral about a known family, verifies it and links the family. */
    public Referral verifiedReferral(Family family) {
        return verifiedReferral(family, Urgency.URGENT);
    }

    /** Intake registers a referral of the given urgency about a known family, verifies it and links the family. */
    public Referral verifiedReferral(Family family, Urgency urgency) {
        return signedIn.as("intake", () -> {
            ReferralDetails d = new ReferralDetails();
            d.setSourceType(SourceType.PERSON);
            d.setSourcePerson("Класна керівниця");
            d.setChannel(Channel.PHONE);
            d.setUrgency(urgency);
            d.setPeopleConcerned("Ігор Савченко, 12 років");
            d.setDescription("Пропуски занять, ознаки занедбаності");
            d.setReasons(EnumSet.of(ProblemArea.SOCIAL, ProblemArea.PEDAGOGICAL));
            Referral r = referrals.register(d);
            r = referrals.startVerification(r.getId(), r.getVersion());
            r = referrals.linkFamily(r.getId(), r.getVersion(), family);
            return referrals.recordVerification(r.getId(), r.getVersion(), verified());
        });
    }

    /** What intake checked before marking a referral verified: the school asked, the mother reached yesterday. */
    public static VerificationDetails verified() {
        VerificationDetails v = new VerificationDetails();
        v.setSources("Класна керівниця");
        v.setFamilyContact(FamilyContact.REACHED);
        v.setContactedOn(LocalDate.now().minusDays(1));
        v.setOutcome(VerificationOutcome.CONFIRMED);
        v.setMarkVerified(true);
        return v;
    }

    /** Intake registers a new urgent referral whose people concerned are {@code tag}; returns its id. */
    public long newReferral(String tag) {
        return signedIn.as("intake", () -> {
            ReferralDetails d = new ReferralDetails();
            d.setSourceType(SourceType.PERSON);
            d.setSourcePerson("X");
            d.setUrgency(Urgency.URGENT);
            d.setPeopleConcerned(tag);
            d.setDescription("Опис");
            return referrals.register(d).getId();
        });
    }

    /** A family by its id, as intake reads it. */
    public Family family(long id) {
        return signedIn.as("intake", () -> families.get(id).orElseThrow());
    }

    /** A new case of a new family, with the demo curator, in initial assessment; returns its id. */
    public long openCaseForDemoCurator() {
        return openCaseFor(staff.idOf("curator"));
    }

    /** A new case of a new family, with the given curator, in initial assessment; returns its id. */
    public long openCaseFor(long curator) {
        Referral r = verifiedReferralForNewFamily();
        return signedIn.as("supervisor", () -> cases.openFromReferral(r.getId(), r.getVersion(), CRISIS, curator, true))
                .familyCase().getId();
    }

    /** The case's current version, as the supervisor's case page reads it (to change the case on it). */
    public long version(long caseId) {
        return signedIn.as("supervisor", () -> sheets.sheet(caseId).orElseThrow().version());
    }
}
