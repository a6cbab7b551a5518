package org.consilium.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.consilium.agency.AgencyType;
import org.consilium.casefile.CaseDecision;
import org.consilium.casefile.CaseModel;
import org.consilium.casefile.CaseService;
import org.consilium.casefile.CaseSheets;
import org.consilium.casefile.CaseStage;
import org.consilium.casefile.ClosureDetails;
import org.consilium.casefile.ClosureReason;
import org.consilium.casefile.DecisionCriterion;
import org.consilium.casefile.EmergencyOverride;
import org.consilium.casefile.FamilyCase;
import org.consilium.casefile.SharingProperties;
import org.consilium.casefile.SharingService;
import org.consilium.casefile.SupportLevel;
import org.consilium.family.Family;
import org.consilium.family.FamilyService;
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
import org.consilium.casefile.DueCases;
import org.consilium.plan.OverdueTasks;
import org.consilium.referral.OverdueReferrals;
import org.consilium.request.OverdueRequests;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo referrals and cases, after the demo agencies, families and accounts exist: a triage queue
 * with fresh and overdue referrals of every urgency, and the four demo families' cases in different
 * stages. Everything is done as the demo intake officer, supervisor and curator would do it.
 */
@Component
@Order(1)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DemoMode mode;
    private final ReferralService referrals;
    private final CaseService cases;
    private final CaseSheets sheets;
    private final FamilyService families;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final SharingService sharing;
    private final DemoPlans plans;
    private final DemoMonitoring monitoring;
    private final DemoCaseload caseload;
    private final DemoRequests requests;
    private final DemoMeetings meetings;
    private final DemoAssessments assessments;
    private final SharingProperties sharingRules;
    private final OverdueTasks overdueTasks;
    private final OverdueRequests overdueRequests;
    private final DueCases dueCases;
    private final OverdueReferrals overdueReferrals;

    DemoCases(DemoMode mode, ReferralService referrals, CaseService cases, CaseSheets sheets, FamilyService families,
              Clock clock, JdbcTemplate jdbc, SharingService sharing, DemoPlans plans, SharingProperties sharingRules,
              DemoRequests requests, DemoMeetings meetings, DemoAssessments assessments, OverdueTasks overdueTasks,
              OverdueRequests overdueRequests, DueCases dueCases, OverdueReferrals overdueReferrals,
              DemoMonitoring monitoring, DemoCaseload caseload) {
        this.monitoring = monitoring;
        this.caseload = caseload;
        this.dueCases = dueCases;
        this.overdueReferrals = overdueReferrals;
        this.overdueTasks = overdueTasks;
        this.overdueRequests = overdueRequests;
        this.assessments = assessments;
        this.requests = requests;
        this.meetings = meetings;
        this.sharingRules = sharingRules;
        this.plans = plans;
        this.sharing = sharing;
        this.mode = mode;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.cases = cases;
        this.sheets = sheets;
        this.families = families;
        this.clock = clock;
    }

    private static <T> T as(String user, String role, Supplier<T> task) {
        return SystemAccess.as(user, List.of(role), task);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isActive() || as("intake", AppRoles.INTAKE, referrals::countPending) > 0
                || !as("intake", AppRoles.INTAKE, () -> families.search("", PageRequest.of(0, 1)).hasContent())) {
            return;
        }
        Instant now = clock.instant();
        // The triage queue: families not yet known.
        pending(Urgency.EMERGENCY, Duration.ofHours(3), "Сусіди чують крики в квартирі, діти 4 і 7 років",
                "Дзвінок сусідки: уночі крики й звуки ударів, діти плакали. Поліцію викликали.", null);
        // Being verified: the school asked, the parents not reached yet, no outcome.
        pending(Urgency.URGENT, Duration.ofDays(4), "Учениця 8 класу, Ярина, 14 років",
                "Три тижні не відвідує школу, батьки не відповідають на дзвінки.",
                checked("Класна керівниця 8-Б класу", FamilyContact.NOT_REACHED, null, null,
                        "Батьки двічі не відповіли на дзвінки; домовляємося з інспектором про виїзд за адресою."));
        pending(Urgency.ROUTINE, Duration.ofDays(1), "Мати з немовлям, ВПО, тимчасове житло",
                "Просить допомогти з оформленням допомоги й пошуком житла.", null);
        // Verified, waiting for the territorial group's decision.
        pending(Urgency.ROUTINE, Duration.ofDays(12), "Батько-одинак, двоє дітей дошкільного віку",
                "Втратив роботу, заборгованість за комунальні послуги.",
                checked("Центр зайнятості; ОСББ будинку (голова правління)", FamilyContact.REACHED,
                        LocalDate.now(clock).minusDays(10), VerificationOutcome.PARTLY_CONFIRMED,
                        "Батько підтвердив втрату роботи й борг за комунальні послуги; скарг на догляд за дітьми немає."));
        as("school", AppRoles.SCHOOL, () -> referrals.submitFromMyAgency(details(Urgency.URGENT, Duration.ZERO,
                "Учень 5-Б класу, Максим", "Приходить до школи голодним, синці на руках.")));

        // Cases in several stages, worked over past weeks; two of them are overdue.
        long kovalenko = openCase("Коваленко", Urgency.URGENT, Duration.ofDays(40), SupportLevel.CRISIS, CaseModel.INTENSIVE,
                List.of(CaseStage.DECISION), true, List.of(CaseStage.PLANNING, CaseStage.IMPLEMENTATION), null,
                checked("Загальноосвітня школа № 12 (класна керівниця Андрія); Дитяча поліклініка № 3 (педіатр)",
                        FamilyContact.REACHED, LocalDate.now(clock).minusDays(40), VerificationOutcome.CONFIRMED,
                        "Мати, Марія Коваленко, по телефону підтвердила, що не справляється сама; школа — пропуски Андрія, "
                                + "педіатр — пропущені щеплення Софії."));
        backdate(kovalenko, 40, 10, 80);
        long melnyk = openCase("Мельник", Urgency.EMERGENCY, Duration.ofDays(9), SupportLevel.CRISIS, CaseModel.CLINICAL,
                List.of(), false, List.of(), null,
                checked("Сектор ювенальної превенції (дільничний інспектор); сусіди", FamilyContact.NOT_REACHED, null,
                        VerificationOutcome.CONFIRMED,
                        "Поліція підтвердила нічний виклик через крики й удари; мати на дзвінки не відповідає."));
        backdate(melnyk, 9, 9, -2);
        long bondarenko = openCase("Бондаренко", Urgency.ROUTINE, Duration.ofDays(90), SupportLevel.BASIC, CaseModel.STRENGTHS,
                List.of(CaseStage.DECISION), true, List.of(CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW), null,
                checked("Загальноосвітня школа № 12; Ліцей № 45", FamilyContact.REACHED, LocalDate.now(clock).minusDays(90),
                        VerificationOutcome.PARTLY_CONFIRMED,
                        "Світлана Бондаренко прийшла на прийом сама; борг за комунальні послуги підтвердився, школи тривожних ознак не помічали."));
        backdate(bondarenko, 90, 15, -5);
        long tkachenko = openCase("Ткаченко", Urgency.ROUTINE, Duration.ofDays(200), SupportLevel.BASIC, CaseModel.BROKER,
                List.of(CaseStage.DECISION), true, List.of(CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW),
                "Бабуся оформила опіку, Вікторія відвідує школу й гурток",
                checked("Загальноосвітня школа № 12; служба у справах дітей", FamilyContact.REACHED,
                        LocalDate.now(clock).minusDays(200), VerificationOutcome.CONFIRMED,
                        "Бабуся, Наталія Ткаченко, під час візиту підтвердила, що мати Вікторії виїхала й не виходить на зв’язок."));
        backdate(tkachenko, 200, 33, 0);
        backdateClosure(tkachenko, 33);

        // Sharing: the school, the clinic and the police see the Коваленко case with the mother's consent; the
        // police see the Мельник case by an emergency override waiting for review, renewed once and in force.
        EmergencyOverride override = as("curator", AppRoles.CURATOR, () -> {
            Map<String, Long> agencyIds = sharing.partnerAgencies().stream()
                    .collect(Collectors.toMap(a -> a.getCode(), a -> a.getId()));
            for (String code : List.of("SCH-12", "CLIN-3", "POL-JUV")) {
                sharing.addParticipant(kovalenko, agencyIds.get(code));
            }
            sharing.recordConsent(kovalenko, "Коваленко Марія", EnumSet.of(AgencyType.SCHOOL, AgencyType.HEALTH, AgencyType.POLICE),
                    LocalDate.now(clock).minusDays(35), LocalDate.now(clock).plusDays(330));
            sharing.addParticipant(melnyk, agencyIds.get("POL-JUV"));
            return sharing.emergencyOverride(melnyk, agencyIds.get("POL-JUV"),
                    "Сусіди чули крики й удари вночі; дільничному інспектору потрібні адреса та склад сім’ї, щоб перевірити безпеку дітей сьогодні.");
        });
        as("curator", AppRoles.CURATOR, () -> sharing.renewOverride(override.getId(), override.getVersion(),
                "Мати не відповідає на дзвінки, інспектор ще не бачив дітей; поліції й далі потрібні адреса та склад сім’ї."));
        backdateOverride(override.getId());
        assessments.create(kovalenko, melnyk, bondarenko);
        plans.create(kovalenko, bondarenko);
        monitoring.create(kovalenko);
        caseload.create();
        requests.create(kovalenko, melnyk);
        meetings.create(kovalenko, bondarenko);
        // The morning check of overdue work, once now: the overdue demo tasks reach the bells of those who do them.
        overdueTasks.check(LocalDate.now(clock));
        overdueRequests.check(LocalDate.now(clock));
        dueCases.check(LocalDate.now(clock));
        overdueReferrals.check();
        log.info("Demo referrals and cases created ({} referrals pending)", as("intake", AppRoles.INTAKE, referrals::countPending));
    }

    private ReferralDetails details(Urgency urgency, Duration ago, String people, String description) {
        ReferralDetails d = new ReferralDetails();
        d.setSourceType(SourceType.PERSON);
        d.setSourcePerson("Анонімний дзвінок");
        d.setChannel(Channel.PHONE);
        d.setUrgency(urgency);
        d.setPeopleConcerned(people);
        d.setDescription(description);
        d.setReasons(EnumSet.of(ProblemArea.SOCIAL, ProblemArea.PSYCHOLOGICAL));
        d.setReceivedAt(clock.instant().minus(ago));
        return d;
    }

    /** A pending referral; being verified with what was {@code checked} so far, or new if {@code null}. */
    private void pending(Urgency urgency, Duration ago, String people, String description, VerificationDetails checked) {
        as("intake", AppRoles.INTAKE, () -> {
            Referral r = referrals.register(details(urgency, ago, people, description));
            if (checked == null) {
                return r;
            }
            r = referrals.startVerification(r.getId(), r.getVersion());
            return referrals.recordVerification(r.getId(), r.getVersion(), checked);
        });
    }

    /** What intake checked; with an outcome the verification is finished and the referral verified. */
    private static VerificationDetails checked(String sources, FamilyContact contact, LocalDate on,
                                               VerificationOutcome outcome, String note) {
        VerificationDetails d = new VerificationDetails();
        d.setSources(sources);
        d.setFamilyContact(contact);
        d.setContactedOn(on);
        d.setOutcome(outcome);
        d.setNote(note);
        d.setMarkVerified(outcome != null);
        return d;
    }

    /**
     * Sets a demo override's grant and renewal in the past, as if granted two days ago and renewed
     * yesterday (less when overrides hold only briefly), so that it is still in force, its end as far
     * from now as a renewal made then gives. For demo data only, like {@link #backdate}.
     */
    private void backdateOverride(long overrideId) {
        Duration holds = sharingRules.overrideDuration();
        Duration step = holds.compareTo(Duration.ofDays(3)) < 0 ? holds.dividedBy(3) : Duration.ofDays(1);
        Instant now = clock.instant();
        Timestamp renewedAt = Timestamp.from(now.minus(step));
        Timestamp end = Timestamp.from(now.minus(step).plus(holds));
        jdbc.update("UPDATE emergency_override SET granted_at = ?, expires_at = ? WHERE id = ?",
                Timestamp.from(now.minus(step.multipliedBy(2))), end, overrideId);
        jdbc.update("UPDATE emergency_override_renewal SET renewed_at = ?, expires_at = ? WHERE override_id = ?",
                renewedAt, end, overrideId);
    }

    /**
     * Spreads a demo case's history over the past {@code openedDaysAgo} days, as if it had been worked
     * since then: opened that long ago, in its current stage for {@code inStageDays}, due in
     * {@code dueInDays} (negative: overdue). The services only ever write the present, so the past is
     * set here, for demo data only.
     */
    /**
     * Sets a demo case's closure {@code closedDaysAgo} days back, with its follow-up contacts planned from
     * then by the schedule: the first of them is due by now. For demo data only, like {@link #backdate}.
     */
    private void backdateClosure(long caseId, int closedDaysAgo) {
        Instant closedAt = clock.instant().minus(Duration.ofDays(closedDaysAgo));
        LocalDate closedOn = LocalDate.now(clock).minusDays(closedDaysAgo);
        jdbc.update("UPDATE family_case SET closed_at = ? WHERE id = ?", Timestamp.from(closedAt), caseId);
        LocalDate first = null;
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT u.id, s.months FROM case_follow_up u JOIN follow_up_step s ON s.step_no = u.step_no
                WHERE u.case_id = ? ORDER BY u.step_no""", caseId)) {
            LocalDate due = closedOn.plusMonths(((Number) row.get("months")).intValue());
            first = first == null ? due : first;
            jdbc.update("UPDATE case_follow_up SET due_on = ? WHERE id = ?", due, row.get("id"));
        }
        jdbc.update("UPDATE family_case SET stage_due_on = ? WHERE id = ?", first, caseId);
        jdbc.update("UPDATE case_transition SET due_on = ? WHERE case_id = ? AND to_stage = 'CLOSURE'", first, caseId);
    }

    private void backdate(long caseId, int openedDaysAgo, int inStageDays, int dueInDays) {
        Instant now = clock.instant();
        Instant opened = now.minus(Duration.ofDays(openedDaysAgo));
        Instant stageEntered = now.minus(Duration.ofDays(inStageDays));
        LocalDate due = LocalDate.now(clock).plusDays(dueInDays);
        jdbc.update("UPDATE family_case SET opened_at = ?, stage_due_on = ? WHERE id = ?",
                Timestamp.from(opened), due, caseId);
        List<Long> moves = jdbc.queryForList("SELECT id FROM case_transition WHERE case_id = ? AND from_stage IS NOT NULL ORDER BY id",
                Long.class, caseId);
        // The referral's own arrival keeps its time; the moves after it are spread up to the current stage.
        for (int i = 0; i < moves.size(); i++) {
            Instant at = moves.size() == 1 ? stageEntered
                    : opened.plus(Duration.between(opened, stageEntered).multipliedBy(i).dividedBy(moves.size() - 1));
            jdbc.update("UPDATE case_transition SET moved_at = ?, due_on = NULL WHERE id = ?", Timestamp.from(at), moves.get(i));
        }
        jdbc.update("UPDATE case_transition SET due_on = ? WHERE id = ?", due, moves.getLast());
    }

    private long openCase(String familyName, Urgency urgency, Duration ago, SupportLevel level, CaseModel model,
                          List<CaseStage> curatorMovesBeforeDecision, boolean decide, List<CaseStage> curatorMovesAfter,
                          String closeWithOutcome, VerificationDetails checked) {
        Family family = as("intake", AppRoles.INTAKE, () -> families.search(familyName, PageRequest.of(0, 5)).getContent().stream()
                .filter(r -> r.name().equals(familyName)).findFirst()
                .flatMap(r -> families.get(r.id())).orElseThrow());
        Referral verified = as("intake", AppRoles.INTAKE, () -> {
            Referral r = referrals.register(details(urgency, ago, family.getName() + ": діти сім’ї",
                    "Звернення щодо сім’ї " + family.getName()));
            r = referrals.startVerification(r.getId(), r.getVersion());
            r = referrals.linkFamily(r.getId(), r.getVersion(), family);
            return referrals.recordVerification(r.getId(), r.getVersion(), checked);
        });
        // Verified a few hours after it arrived, as the case's history is set in the past (see backdate).
        jdbc.update("UPDATE referral SET verified_at = ? WHERE id = ?",
                Timestamp.from(clock.instant().minus(ago).plus(Duration.ofHours(4))), verified.getId());
        long curatorId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'curator'", Long.class);
        CaseDecision decision = new CaseDecision(level, model, EnumSet.of(DecisionCriterion.MANY_PROBLEMS,
                DecisionCriterion.NEEDS_OTHER_ORGANISATIONS), "Рішення територіальної групи");
        FamilyCase c = as("supervisor", AppRoles.SUPERVISOR, () ->
                cases.openFromReferral(verified.getId(), verified.getVersion(), decision, curatorId, true).familyCase());
        long id = c.getId();
        for (CaseStage s : curatorMovesBeforeDecision) {
            as("curator", AppRoles.CURATOR, () -> cases.move(id, version(id), s, null));
        }
        if (decide) {
            as("supervisor", AppRoles.SUPERVISOR, () -> cases.decide(id, version(id), decision));
        }
        for (CaseStage s : curatorMovesAfter) {
            as("curator", AppRoles.CURATOR, () -> cases.move(id, version(id), s, null));
        }
        if (closeWithOutcome != null) {
            ClosureDetails closure = ClosureDetails.of(ClosureReason.GOALS_ACHIEVED,
                    "Бабуся оформила опіку, сім’я справляється сама", closeWithOutcome);
            as("curator", AppRoles.CURATOR, () -> cases.close(id, version(id), closure));
        }
        return id;
    }

    private long version(long caseId) {
        return as("supervisor", AppRoles.SUPERVISOR, () -> sheets.sheet(caseId).orElseThrow().version());
    }
}
