package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.base.EditConflictException;
import org.consilium.family.Family;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.consilium.testing.TestClock;
import org.consilium.testing.WorkRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@MariaDbTest
class CaseServiceTest {

    @Autowired
    CaseService cases;

    @Autowired
    CaseSheets sheets;

    @Autowired
    CaseLists lists;

    @Autowired
    CaseNorms norms;

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

    @Autowired
    WorkRules rules;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TestCases testCases;

    @Autowired
    TestClock clock;

    private static final CaseDecision CRISIS = TestCases.CRISIS;

    @AfterEach
    void restoreNormsLimitsAndTime() {
        clock.reset();
        signedIn.as("admin", () -> {
            for (CaseModel m : CaseModel.values()) {
                rules.caseloadNorm(m, m.defaultNorm());
            }
            rules.stageDays(CaseStage.DECISION, 3);
        });
    }

    private int limitOf(CaseStage stage) {
        return signedIn.as("admin", () -> norms.stageTimeLimits().stream().filter(l -> l.getStage() == stage)
                .findFirst().orElseThrow().getDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Referral verifiedReferralForNewFamily() {
        return testCases.verifiedReferralForNewFamily();
    }

    private Referral verifiedReferral(Family family) {
        return testCases.verifiedReferral(family);
    }

    private long curatorId() {
        return staff.idOf("curator");
    }

    @Test
    void intake_verification_decision_case_stages_closure_follow_up_and_reopening() {
        Referral referral = verifiedReferralForNewFamily();

        CaseService.Opened opened = signedIn.as("supervisor", () ->
                cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS, curatorId(), true));
        assertThat(opened.joinedOpenCase()).isFalse();
        long id = opened.familyCase().getId();
        assertThat(signedIn.as("intake", () -> referrals.get(referral.getId()).orElseThrow().getStatus())).isEqualTo(ReferralStatus.ACCEPTED);

        move("curator", id, CaseStage.DECISION, "Первинну оцінку завершено");
        signedIn.as("supervisor", () -> cases.decide(id, version(id), new CaseDecision(SupportLevel.BASIC, CaseModel.STRENGTHS,
                EnumSet.of(DecisionCriterion.MANY_PROBLEMS), "Базовий рівень")));
        for (CaseStage next : List.of(CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW, CaseStage.PLANNING,
                CaseStage.IMPLEMENTATION, CaseStage.REVIEW)) {
            move("curator", id, next, null);
        }
        signedIn.as("curator", () -> cases.close(id, version(id),
                ClosureDetails.of(ClosureReason.GOALS_ACHIEVED, "", "Дитина відвідує школу щодня")));
        move("curator", id, CaseStage.FOLLOW_UP, "Контакт через 3 місяці");
        move("curator", id, CaseStage.IN_DEPTH_ASSESSMENT, "Повторне звернення");

        CaseSheet view = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow());
        assertThat(view.stage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(view.open()).isTrue();
        assertThat(view.level()).isEqualTo(SupportLevel.BASIC);
        assertThat(view.timeline()).extracting(CaseSheet.Move::to).containsExactly(
                CaseStage.REFERRAL, CaseStage.VERIFICATION, CaseStage.INITIAL_ASSESSMENT, CaseStage.DECISION,
                CaseStage.IN_DEPTH_ASSESSMENT, CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW,
                CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW, CaseStage.CLOSURE, CaseStage.FOLLOW_UP,
                CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(view.timeline().get(3).by()).isEqualTo("Ірина Коваль");
        assertThat(view.timeline().get(4).by()).isEqualTo("Андрій Мороз");
        assertThat(view.closureReason()).isEqualTo(ClosureReason.GOALS_ACHIEVED);
        assertThat(view.members()).extracting(CaseSheet.Member::fullName).contains("Савченко Ігор");
        assertThat(view.allowedMoves()).containsExactlyInAnyOrder(CaseStage.PLANNING, CaseStage.CLOSURE);
    }

    @Test
    void a_move_on_a_stale_version_is_refused_naming_who_saved_it_by_full_name() {
        long id = testCases.openCaseForDemoCurator();
        long seen = version(id);
        move("curator", id, CaseStage.DECISION, null);
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> cases.move(id, seen, CaseStage.CLOSURE, null)))
                .isInstanceOfSatisfying(EditConflictException.class,
                        e -> assertThat(e.getChangedBy()).isEqualTo("Ірина Коваль"));
    }

    @Test
    void an_illegal_move_is_refused_with_a_message_and_nothing_changes() {
        Referral referral = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS,
                curatorId(), true)).familyCase().getId();
        assertThatThrownBy(() -> move("curator", id, CaseStage.IMPLEMENTATION, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("case.stage.illegalMove"));
        assertThat(signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().stage())).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
    }

    @Test
    void a_second_referral_about_a_family_with_an_open_case_joins_that_case() {
        Referral first = verifiedReferralForNewFamily();
        FamilyCase c = signedIn.as("supervisor", () -> cases.openFromReferral(first.getId(), first.getVersion(), CRISIS,
                curatorId(), true)).familyCase();
        Family family = signedIn.as("intake", () -> referrals.get(first.getId()).orElseThrow().getFamily());

        Referral second = verifiedReferral(family);
        CaseService.Opened again = signedIn.as("supervisor", () -> cases.openFromReferral(second.getId(), second.getVersion(),
                CRISIS, curatorId(), true));

        assertThat(again.joinedOpenCase()).isTrue();
        assertThat(again.familyCase().getId()).isEqualTo(c.getId());
        assertThat(again.familyCase().getReferralIds()).containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    @Test
    void open_cases_are_counted_per_curator_and_going_over_the_norm_needs_a_confirmation() {
        String username = staff.create("cur.", "Новий Куратор", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "curator-pass-1");
        long newCurator = staff.idOf(username);
        signedIn.as("admin", () -> rules.caseloadNorm(CaseModel.CLINICAL, 1));
        CaseDecision clinical = new CaseDecision(SupportLevel.CRISIS, CaseModel.CLINICAL, EnumSet.of(DecisionCriterion.MANY_PROBLEMS), null);

        Referral r1 = verifiedReferralForNewFamily();
        signedIn.as("supervisor", () -> cases.openFromReferral(r1.getId(), r1.getVersion(), clinical, newCurator, false));
        assertThat(signedIn.as("supervisor", () -> cases.caseloads(CaseModel.CLINICAL)))
                .filteredOn(l -> l.curatorId() == newCurator).singleElement()
                .satisfies(l -> {
                    assertThat(l.openCases()).isEqualTo(1);
                    assertThat(l.norm()).isEqualTo(1);
                    assertThat(l.wouldExceed()).isTrue();
                });

        Referral r2 = verifiedReferralForNewFamily();
        assertThatThrownBy(() -> signedIn.as("supervisor", () -> cases.openFromReferral(r2.getId(), r2.getVersion(), clinical, newCurator, false)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("case.curator.overloaded");
                    assertThat(e.getField()).contains("curator");
                });
        assertThat(signedIn.as("intake", () -> referrals.get(r2.getId()).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFIED);

        signedIn.as("supervisor", () -> cases.openFromReferral(r2.getId(), r2.getVersion(), clinical, newCurator, true));
        assertThat(signedIn.as("supervisor", () -> cases.caseloads(CaseModel.CLINICAL)))
                .filteredOn(l -> l.curatorId() == newCurator).singleElement()
                .satisfies(l -> assertThat(l.openCases()).isEqualTo(2));

        Referral r3 = verifiedReferralForNewFamily();
        CaseDecision broker = new CaseDecision(SupportLevel.BASIC, CaseModel.BROKER, EnumSet.of(DecisionCriterion.MANY_PROBLEMS), null);
        signedIn.as("supervisor", () -> cases.openFromReferral(r3.getId(), r3.getVersion(), broker, newCurator, true));
        assertThat(signedIn.as("supervisor", () -> lists.teamCaseloads()))
                .as("the team view measures a curator against the strictest norm among their cases' models")
                .filteredOn(l -> l.curatorId() == newCurator).singleElement()
                .satisfies(l -> {
                    assertThat(l.openCases()).isEqualTo(3);
                    assertThat(l.norm()).isEqualTo(1);
                });
    }

    @Test
    void a_curator_reads_a_colleagues_case_but_cannot_change_it() {
        String other = staff.create("col.", "Колега Куратор", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "colleague-pass-1");
        Referral referral = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS,
                curatorId(), true)).familyCase().getId();

        CaseSheet seen = signedIn.as(other, () -> sheets.sheet(id).orElseThrow());
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.allowedMoves()).isEmpty();
        assertThatThrownBy(() -> move(other, id, CaseStage.DECISION, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_school_user_cannot_read_a_case_and_intake_cannot_open_one() {
        Referral referral = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS,
                curatorId(), true)).familyCase().getId();
        for (String user : List.of("school", "police", "health", "family", "intake", "admin")) {
            assertThatThrownBy(() -> signedIn.as(user, () -> sheets.sheet(id))).as(user).isInstanceOf(AuthorizationDeniedException.class);
        }
        Referral another = verifiedReferralForNewFamily();
        assertThatThrownBy(() -> signedIn.as("intake", () -> cases.openFromReferral(another.getId(), another.getVersion(), CRISIS,
                curatorId(), true))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_case_takes_the_urgency_of_its_most_urgent_referral_and_is_due_by_each_stages_time_limit() {
        Referral first = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(first.getId(), first.getVersion(), CRISIS,
                curatorId(), true)).familyCase().getId();
        CaseSheet opened = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow());
        assertThat(opened.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(opened.dueOn()).isEqualTo(today().plusDays(limitOf(CaseStage.INITIAL_ASSESSMENT)));
        assertThat(opened.overdue()).isFalse();

        Family family = signedIn.as("intake", () -> referrals.get(first.getId()).orElseThrow().getFamily());
        Referral emergency = testCases.verifiedReferral(family, Urgency.EMERGENCY);
        signedIn.as("supervisor", () -> cases.openFromReferral(emergency.getId(), emergency.getVersion(), CRISIS, curatorId(), true));
        assertThat(signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().urgency())).isEqualTo(Urgency.EMERGENCY);

        signedIn.as("admin", () -> rules.stageDays(CaseStage.DECISION, 12));
        move("curator", id, CaseStage.DECISION, null);
        CaseSheet atDecision = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow());
        assertThat(atDecision.dueOn()).as("the administrator's new limit applies to the next move").isEqualTo(today().plusDays(12));
        assertThat(atDecision.timeline().getLast().dueOn()).isEqualTo(today().plusDays(12));

        LocalDate chosen = today().plusDays(2);
        signedIn.as("supervisor", () -> cases.decide(id, version(id), CRISIS));
        signedIn.as("curator", () -> cases.move(id, version(id), CaseStage.PLANNING, "План до п'ятниці", chosen));
        assertThat(signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().dueOn())).isEqualTo(chosen);
    }

    @Test
    void work_past_its_due_date_is_overdue_in_the_case_list_filter_the_curators_items_and_the_team_count() {
        String curator = staff.create("due.", "Куратор Строків", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "due-curator-1");
        Referral referral = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS,
                staff.idOf(curator), true)).familyCase().getId();
        CaseFilter overdueOnly = new CaseFilter(null, null, staff.idOf(curator), "", false, "", null, true);
        assertThat(signedIn.as(curator, () -> lists.page(overdueOnly, PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(signedIn.as(curator, () -> lists.countMyOverdueCases())).isZero();
        long teamBefore = signedIn.as("supervisor", () -> lists.countTeamOverdueCases());

        clock.advance(Duration.ofDays(limitOf(CaseStage.INITIAL_ASSESSMENT) + 1L));

        assertThat(signedIn.as(curator, () -> lists.page(overdueOnly, PageRequest.of(0, 50))))
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(id);
                    assertThat(row.overdue()).isTrue();
                    assertThat(row.urgency()).isEqualTo(Urgency.URGENT);
                });
        CaseFilter routineOnly = new CaseFilter(null, null, staff.idOf(curator), "", false, "", Urgency.ROUTINE, true);
        assertThat(signedIn.as(curator, () -> lists.page(routineOnly, PageRequest.of(0, 50))))
                .as("the urgency filter").isEmpty();
        assertThat(signedIn.as(curator, () -> lists.countMyOverdueCases())).isEqualTo(1);
        assertThat(signedIn.as(curator, () -> lists.myOverdueCases(10))).singleElement()
                .satisfies(d -> {
                    assertThat(d.caseId()).isEqualTo(id);
                    assertThat(d.stage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
                });
        assertThat(signedIn.as("supervisor", () -> lists.countTeamOverdueCases())).isGreaterThan(teamBefore);
        assertThat(signedIn.as(curator, () -> sheets.sheet(id).orElseThrow().overdue())).isTrue();

        signedIn.as(curator, () -> cases.changeDueDate(id, version(id), today().plusDays(5), "Сім'я у від'їзді"));
        assertThat(signedIn.as(curator, () -> lists.countMyOverdueCases())).isZero();
        assertThat(signedIn.as(curator, () -> sheets.sheet(id).orElseThrow().timeline().getLast()))
                .satisfies(m -> {
                    assertThat(m.dueDateChange()).isTrue();
                    assertThat(m.comment()).isEqualTo("Сім'я у від'їзді");
                });
    }

    @Test
    void only_the_cases_curator_or_a_supervisor_changes_its_due_date_and_never_to_a_past_day() {
        String other = staff.create("odd.", "Інший Куратор", AppRoles.CURATOR, AgencyType.SOCIAL_SERVICES, "other-curator-1");
        long id = testCases.openCaseForDemoCurator();
        LocalDate before = signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().dueOn());
        assertThatThrownBy(() -> signedIn.as(other, () -> cases.changeDueDate(id, version(id), today().plusDays(3), "Причина")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("school", () -> cases.changeDueDate(id, version(id), today().plusDays(3), "Причина")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("curator", () -> cases.changeDueDate(id, version(id), today().minusDays(1), "Причина")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("dueOn"));
        assertThat(signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().dueOn())).isEqualTo(before);
        signedIn.as("supervisor", () -> cases.changeDueDate(id, version(id), today().plusDays(3), "Рішення супервізора"));
        assertThat(signedIn.as("curator", () -> sheets.sheet(id).orElseThrow().dueOn())).isEqualTo(today().plusDays(3));
    }

    private long version(long caseId) {
        return signedIn.as("supervisor", () -> sheets.sheet(caseId).orElseThrow().version());
    }

    private void move(String user, long caseId, CaseStage target, String comment) {
        long v = version(caseId);
        signedIn.as(user, () -> cases.move(caseId, v, target, comment));
    }
}
