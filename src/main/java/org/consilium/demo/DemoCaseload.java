package org.consilium.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheet;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.ContactKind;
import org.consilium.casefile.FollowUpDetails;
import org.consilium.casefile.FollowUpResult;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
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
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A second case manager's caseload for the dashboards: Оксана Левченко carries eleven open cases under
 * the clinical model, whose norm is ten, so the supervisor's dashboard shows her over the norm. Her
 * referrals came in over the past months and were verified some within their target and some late, and
 * two more of her cases closed in earlier months, one of them found at its first follow-up contact not to
 * have held, so that response times, outcomes and follow-ups have figures.
 */
@Component
class DemoCaseload {

    private static final List<String> SURNAMES = List.of("Шевчук", "Кравчук", "Поліщук", "Ковальчук", "Олійник",
            "Лисенко", "Марченко", "Руденко", "Павленко", "Гончаренко", "Кузьменко", "Остапенко", "Тимошенко");

    private final FamilyService families;
    private final ReferralService referrals;
    private final CaseService cases;
    private final CaseSheets sheets;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoCaseload(FamilyService families, ReferralService referrals, CaseService cases, CaseSheets sheets, JdbcTemplate jdbc,
                 Clock clock) {
        this.sheets = sheets;
        this.families = families;
        this.referrals = referrals;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    void create() {
        long curator = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class,
                DemoAccounts.SECOND_CURATOR);
        for (int i = 0; i < SURNAMES.size(); i++) {
            String surname = SURNAMES.get(i);
            int daysAgo = 6 + i * 13;
            // Every third referral was verified past its target.
            int verifiedAfterHours = i % 3 == 0 ? 120 : 20;
            long caseId = open(surname, curator, daysAgo, verifiedAfterHours);
            if (i >= SURNAMES.size() - 2) {
                boolean moved = i == SURNAMES.size() - 1;
                close(caseId, moved ? ClosureReason.FAMILY_MOVED : ClosureReason.GOALS_ACHIEVED, daysAgo - 30 - i);
                if (!moved) {
                    notHeld(caseId);
                }
            }
        }
    }

    private long open(String surname, long curator, int daysAgo, int verifiedAfterHours) {
        FamilyDetails fd = new FamilyDetails();
        fd.setAddress("вул. Володимирська, " + (10 + surname.length()));
        fd.setDistrict("Шевченківський");
        fd.setMembers(List.of(new MemberDetails(surname, "Оксана", LocalDate.of(1987, 5, 4), Sex.FEMALE, Relation.MOTHER),
                new MemberDetails(surname, "Іван", LocalDate.of(2013, 9, 1), Sex.MALE, Relation.CHILD)));
        Family family = as("intake", AppRoles.INTAKE, () -> families.register(fd, true));
        Instant received = clock.instant().minus(Duration.ofDays(daysAgo));
        Referral verified = as("intake", AppRoles.INTAKE, () -> {
            ReferralDetails d = new ReferralDetails();
            d.setSourceType(SourceType.PERSON);
            d.setSourcePerson("Сусідка");
            d.setChannel(Channel.PHONE);
            d.setUrgency(Urgency.ROUTINE);
            d.setPeopleConcerned(surname + " Іван, 12 років");
            d.setDescription("Мати просить допомоги: дитина не ходить до школи, вдома конфлікти.");
            d.setReasons(EnumSet.of(ProblemArea.SOCIAL, ProblemArea.PSYCHOLOGICAL));
            d.setReceivedAt(received);
            Referral r = referrals.register(d);
            r = referrals.startVerification(r.getId(), r.getVersion());
            r = referrals.linkFamily(r.getId(), r.getVersion(), family);
            VerificationDetails v = new VerificationDetails();
            v.setSources("Школа; мати по телефону");
            v.setFamilyContact(FamilyContact.REACHED);
            v.setContactedOn(LocalDate.now(clock).minusDays(Math.max(0, daysAgo - 1)));
            v.setOutcome(VerificationOutcome.CONFIRMED);
            v.setNote("Мати підтвердила звернення.");
            v.setMarkVerified(true);
            return referrals.recordVerification(r.getId(), r.getVersion(), v);
        });
        jdbc.update("UPDATE referral SET verified_at = ? WHERE id = ?",
                Timestamp.from(received.plus(Duration.ofHours(verifiedAfterHours))), verified.getId());
        CaseDecision decision = new CaseDecision(SupportLevel.BASIC, CaseModel.CLINICAL,
                EnumSet.of(DecisionCriterion.MANY_PROBLEMS), "Рішення територіальної групи");
        long caseId = as("supervisor", AppRoles.SUPERVISOR, () -> cases.openFromReferral(verified.getId(), verified.getVersion(),
                decision, curator, true).familyCase().getId());
        jdbc.update("UPDATE family_case SET opened_at = ? WHERE id = ?",
                Timestamp.from(received.plus(Duration.ofHours(verifiedAfterHours + 24))), caseId);
        return caseId;
    }

    /** The first follow-up contact found that the results did not hold; the case stays closed for now. */
    private void notHeld(long caseId) {
        as(DemoAccounts.SECOND_CURATOR, AppRoles.CURATOR, () -> {
            CaseSheet sheet = sheets.sheet(caseId).orElseThrow();
            CaseSheet.FollowUpLine first = sheet.followUps().getFirst();
            FollowUpDetails d = new FollowUpDetails();
            d.setContactedOn(LocalDate.now(clock).minusDays(2));
            d.setContactKind(ContactKind.HOME_VISIT);
            d.setResult(FollowUpResult.NOT_HELD);
            d.setNotes("Іван знову пропускає школу, мати втратила роботу; домовилися про зустріч із кейс-менеджеркою.");
            return cases.recordFollowUp(caseId, first.id(), first.version(), d);
        });
    }

    private void close(long caseId, ClosureReason reason, int closedDaysAgo) {
        as(DemoAccounts.SECOND_CURATOR, AppRoles.CURATOR, () -> cases.close(caseId,
                jdbc.queryForObject("SELECT version FROM family_case WHERE id = ?", Long.class, caseId),
                ClosureDetails.of(reason, "", "Сім’я справляється без супроводу")));
        Instant closedAt = clock.instant().minus(Duration.ofDays(Math.max(1, closedDaysAgo)));
        jdbc.update("UPDATE family_case SET closed_at = ? WHERE id = ?", Timestamp.from(closedAt), caseId);
    }
}
