package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.referral.Referral;
import org.consilium.referral.ReferralService;
import org.consilium.referral.ReferralStatus;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@MariaDbTest
class CaseServiceTest {

    @Autowired
    CaseService cases;

    @Autowired
    ReferralService referrals;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TestCases testCases;

    private static final CaseDecision CRISIS = TestCases.CRISIS;

    @AfterEach
    void restoreNorms() {
        signedIn.as("admin", () -> {
            for (CaseModel m : CaseModel.values()) {
                cases.changeNorm(m, m.defaultNorm());
            }
        });
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
        signedIn.as("curator", () -> cases.close(id, version(id), "Мети плану досягнуто", "Дитина відвідує школу щодня"));
        move("curator", id, CaseStage.FOLLOW_UP, "Контакт через 3 місяці");
        move("curator", id, CaseStage.IN_DEPTH_ASSESSMENT, "Повторне звернення");

        CaseView view = signedIn.as("curator", () -> cases.view(id).orElseThrow());
        assertThat(view.stage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(view.open()).isTrue();
        assertThat(view.level()).isEqualTo(SupportLevel.BASIC);
        assertThat(view.timeline()).extracting(CaseView.Move::to).containsExactly(
                CaseStage.REFERRAL, CaseStage.VERIFICATION, CaseStage.INITIAL_ASSESSMENT, CaseStage.DECISION,
                CaseStage.IN_DEPTH_ASSESSMENT, CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW,
                CaseStage.PLANNING, CaseStage.IMPLEMENTATION, CaseStage.REVIEW, CaseStage.CLOSURE, CaseStage.FOLLOW_UP,
                CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(view.timeline().get(3).by()).isEqualTo("Ірина Коваль");
        assertThat(view.timeline().get(4).by()).isEqualTo("Андрій Мороз");
        assertThat(view.closureReason()).isEqualTo("Мети плану досягнуто");
        assertThat(view.members()).extracting(CaseView.Member::fullName).contains("Савченко Ігор");
        assertThat(view.allowedMoves()).containsExactlyInAnyOrder(CaseStage.PLANNING, CaseStage.CLOSURE);
    }

    @Test
    void an_illegal_move_is_refused_with_a_message_and_nothing_changes() {
        Referral referral = verifiedReferralForNewFamily();
        long id = signedIn.as("supervisor", () -> cases.openFromReferral(referral.getId(), referral.getVersion(), CRISIS,
                curatorId(), true)).familyCase().getId();
        assertThatThrownBy(() -> move("curator", id, CaseStage.IMPLEMENTATION, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("case.stage.illegalMove"));
        assertThat(signedIn.as("curator", () -> cases.view(id).orElseThrow().stage())).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
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
        signedIn.as("admin", () -> cases.changeNorm(CaseModel.CLINICAL, 1));
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
        assertThat(signedIn.as("intake", () -> referrals.get(r2.getId()).orElseThrow().getStatus())).isEqualTo(ReferralStatus.VERIFYING);

        signedIn.as("supervisor", () -> cases.openFromReferral(r2.getId(), r2.getVersion(), clinical, newCurator, true));
        assertThat(signedIn.as("supervisor", () -> cases.caseloads(CaseModel.CLINICAL)))
                .filteredOn(l -> l.curatorId() == newCurator).singleElement()
                .satisfies(l -> assertThat(l.openCases()).isEqualTo(2));

        Referral r3 = verifiedReferralForNewFamily();
        CaseDecision broker = new CaseDecision(SupportLevel.BASIC, CaseModel.BROKER, EnumSet.of(DecisionCriterion.MANY_PROBLEMS), null);
        signedIn.as("supervisor", () -> cases.openFromReferral(r3.getId(), r3.getVersion(), broker, newCurator, true));
        assertThat(signedIn.as("supervisor", () -> cases.teamCaseloads()))
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

        CaseView seen = signedIn.as(other, () -> cases.view(id).orElseThrow());
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
            assertThatThrownBy(() -> signedIn.as(user, () -> cases.view(id))).as(user).isInstanceOf(AuthorizationDeniedException.class);
        }
        Referral another = verifiedReferralForNewFamily();
        assertThatThrownBy(() -> signedIn.as("intake", () -> cases.openFromReferral(another.getId(), another.getVersion(), CRISIS,
                curatorId(), true))).isInstanceOf(AuthorizationDeniedException.class);
    }

    private long version(long caseId) {
        return signedIn.as("supervisor", () -> cases.view(caseId).orElseThrow().version());
    }

    private void move(String user, long caseId, CaseStage target, String comment) {
        long v = version(caseId);
        signedIn.as(user, () -> cases.move(caseId, v, target, comment));
    }
}
