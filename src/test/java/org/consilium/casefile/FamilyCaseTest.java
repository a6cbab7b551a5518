package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.Test;

class FamilyCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private final Agency centre = new Agency(new AgencyDetails("CSS", "Centre", AgencyType.SOCIAL_SERVICES, ""));
    private final CaseDecision decision = new CaseDecision(SupportLevel.CRISIS, CaseModel.INTENSIVE,
            EnumSet.of(DecisionCriterion.MANY_PROBLEMS), "Кризова ситуація");

    private UserAccount curator() {
        UserAccount c = new UserAccount("curator", "Ірина Коваль");
        c.assign(Set.of(AppRoles.CURATOR), centre, null);
        return c;
    }

    private FamilyCase opened() {
        return FamilyCase.open(new Family("Коваленко", ""), 7L, T0.minus(Duration.ofDays(2)), decision, curator(), T0, "supervisor");
    }

    @Test
    void a_case_opens_in_initial_assessment_with_the_referral_history_on_its_timeline() {
        FamilyCase c = opened();
        assertThat(c.getStage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getTimeline()).extracting(CaseTransition::getTo)
                .containsExactly(CaseStage.REFERRAL, CaseStage.VERIFICATION, CaseStage.INITIAL_ASSESSMENT);
        assertThat(c.getTimeline().getFirst().getAt()).isEqualTo(T0.minus(Duration.ofDays(2)));
        assertThat(c.getReferralIds()).containsExactly(7L);
    }

    @Test
    void only_a_curator_can_be_given_a_case_and_the_decision_needs_level_model_and_criteria() {
        UserAccount teacher = new UserAccount("teacher", "Teacher");
        teacher.assign(Set.of(AppRoles.SCHOOL), new Agency(new AgencyDetails("S", "School", AgencyType.SCHOOL, "")), null);
        assertThatThrownBy(() -> FamilyCase.open(new Family("X", ""), 1L, T0, decision, teacher, T0, "s"))
                .hasFieldOrPropertyWithValue("messageKey", "case.curator.notCurator");
        CaseDecision noCriteria = new CaseDecision(SupportLevel.BASIC, CaseModel.BROKER, Set.of(), null);
        assertThatThrownBy(() -> FamilyCase.open(new Family("X", ""), 1L, T0, noCriteria, curator(), T0, "s"))
                .hasFieldOrPropertyWithValue("messageKey", "case.criteria.required");
    }

    @Test
    void every_move_is_recorded_with_who_when_from_to_and_comment() {
        FamilyCase c = opened();
        c.moveTo(CaseStage.DECISION, T0.plusSeconds(60), "curator", "Первинну оцінку завершено");
        CaseTransition last = c.getTimeline().getLast();
        assertThat(last.getFrom()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(last.getTo()).isEqualTo(CaseStage.DECISION);
        assertThat(last.getBy()).isEqualTo("curator");
        assertThat(last.getAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(last.getComment()).isEqualTo("Первинну оцінку завершено");
    }

    @Test
    void an_illegal_move_is_refused_and_changes_nothing() {
        FamilyCase c = opened();
        int before = c.getTimeline().size();
        assertThatThrownBy(() -> c.moveTo(CaseStage.IMPLEMENTATION, T0, "curator", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("case.stage.illegalMove"));
        assertThat(c.getStage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(c.getTimeline()).hasSize(before);
    }

    @Test
    void the_decision_is_taken_only_at_the_decision_stage_and_moves_on_to_in_depth_assessment() {
        FamilyCase c = opened();
        CaseDecision basic = new CaseDecision(SupportLevel.BASIC, CaseModel.STRENGTHS, EnumSet.allOf(DecisionCriterion.class), null);
        assertThatThrownBy(() -> c.decide(basic, T0, "supervisor")).hasFieldOrPropertyWithValue("messageKey", "case.decision.notNow");
        c.moveTo(CaseStage.DECISION, T0, "curator", null);
        c.decide(basic, T0, "supervisor");
        assertThat(c.getStage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(c.getSupportLevel()).isEqualTo(SupportLevel.BASIC);
        assertThat(c.getModel()).isEqualTo(CaseModel.STRENGTHS);
    }

    @Test
    void closing_needs_a_reason_and_an_outcome_then_follow_up_and_reopening_work() {
        FamilyCase c = opened();
        assertThatThrownBy(() -> c.moveTo(CaseStage.CLOSURE, T0, "curator", null))
                .hasFieldOrPropertyWithValue("messageKey", "case.stage.closeWithReason");
        assertThatThrownBy(() -> c.close("Сім’я переїхала", " ", T0, "curator"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("closureOutcome"));
        c.close("Сім’я переїхала", "Передано до ЦСС за новим місцем проживання", T0, "curator");
        assertThat(c.isOpen()).isFalse();
        assertThat(c.getClosedAt()).isEqualTo(T0);
        c.moveTo(CaseStage.FOLLOW_UP, T0.plusSeconds(10), "curator", null);
        assertThat(c.isOpen()).isFalse();
        c.moveTo(CaseStage.IN_DEPTH_ASSESSMENT, T0.plusSeconds(20), "curator", "Повторне звернення школи");
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getClosedAt()).isNull();
        assertThat(c.getStage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
    }

    @Test
    void a_closed_case_takes_no_more_referrals() {
        FamilyCase c = opened();
        c.close("r", "o", T0, "curator");
        assertThatThrownBy(() -> c.takeReferral(8L)).hasFieldOrPropertyWithValue("messageKey", "case.closed");
    }
}
