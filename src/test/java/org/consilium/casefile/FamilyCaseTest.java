package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.agency.Agency;
import org.consilium.agency.AgencyDetails;
import org.consilium.agency.AgencyType;
import org.consilium.base.BusinessException;
import org.consilium.family.Family;
import org.consilium.referral.Urgency;
import org.consilium.security.AppRoles;
import org.junit.jupiter.api.Test;

class FamilyCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-01");
    private static final LocalDate DUE = TODAY.plusDays(7);
    private final Agency centre = new Agency(new AgencyDetails("CSS", "Centre", AgencyType.SOCIAL_SERVICES, ""));
    private final CaseDecision decision = new CaseDecision(SupportLevel.CRISIS, CaseModel.INTENSIVE,
            EnumSet.of(DecisionCriterion.MANY_PROBLEMS), "Кризова ситуація");

    private UserAccount curator() {
        UserAccount c = new UserAccount("curator", "Ірина Коваль");
        c.assign(Set.of(AppRoles.CURATOR), centre, null);
        return c;
    }

    private FamilyCase opened() {
        return FamilyCase.open(new Family("Коваленко", ""), 7L, T0.minus(Duration.ofDays(2)), Urgency.URGENT, decision,
                curator(), T0, "supervisor", DUE);
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
        assertThatThrownBy(() -> FamilyCase.open(new Family("X", ""), 1L, T0, Urgency.ROUTINE, decision, teacher, T0, "s", DUE))
                .hasFieldOrPropertyWithValue("messageKey", "case.curator.notCurator");
        CaseDecision noCriteria = new CaseDecision(SupportLevel.BASIC, CaseModel.BROKER, Set.of(), null);
        assertThatThrownBy(() -> FamilyCase.open(new Family("X", ""), 1L, T0, Urgency.ROUTINE, noCriteria, curator(), T0, "s", DUE))
                .hasFieldOrPropertyWithValue("messageKey", "case.criteria.required");
    }

    @Test
    void every_move_is_recorded_with_who_when_from_to_and_comment() {
        FamilyCase c = opened();
        c.moveTo(CaseStage.DECISION, T0.plusSeconds(60), "curator", "Первинну оцінку завершено", null, TODAY);
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
        assertThatThrownBy(() -> c.moveTo(CaseStage.IMPLEMENTATION, T0, "curator", null, null, TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo("case.stage.illegalMove"));
        assertThat(c.getStage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(c.getTimeline()).hasSize(before);
    }

    @Test
    void the_decision_is_taken_only_at_the_decision_stage_and_moves_on_to_in_depth_assessment() {
        FamilyCase c = opened();
        CaseDecision basic = new CaseDecision(SupportLevel.BASIC, CaseModel.STRENGTHS, EnumSet.allOf(DecisionCriterion.class), null);
        assertThatThrownBy(() -> c.decide(basic, T0, "supervisor", null, TODAY)).hasFieldOrPropertyWithValue("messageKey", "case.decision.notNow");
        c.moveTo(CaseStage.DECISION, T0, "curator", null, null, TODAY);
        c.decide(basic, T0, "supervisor", null, TODAY);
        assertThat(c.getStage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(c.getSupportLevel()).isEqualTo(SupportLevel.BASIC);
        assertThat(c.getModel()).isEqualTo(CaseModel.STRENGTHS);
    }

    @Test
    void closing_needs_a_reason_and_an_outcome_then_follow_up_and_reopening_work() {
        FamilyCase c = opened();
        assertThatThrownBy(() -> c.moveTo(CaseStage.CLOSURE, T0, "curator", null, null, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.stage.closeWithReason");
        assertThatThrownBy(() -> c.close("Сім’я переїхала", " ", T0, "curator", null, TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("closureOutcome"));
        c.close("Сім’я переїхала", "Передано до ЦСС за новим місцем проживання", T0, "curator", null, TODAY);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.getClosedAt()).isEqualTo(T0);
        c.moveTo(CaseStage.FOLLOW_UP, T0.plusSeconds(10), "curator", null, null, TODAY);
        assertThat(c.isOpen()).isFalse();
        c.moveTo(CaseStage.IN_DEPTH_ASSESSMENT, T0.plusSeconds(20), "curator", "Повторне звернення школи", null, TODAY);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getClosedAt()).isNull();
        assertThat(c.getStage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
    }

    @Test
    void a_case_is_due_by_the_date_given_with_each_move_and_overdue_after_it() {
        FamilyCase c = opened();
        assertThat(c.getStageDueOn()).isEqualTo(DUE);
        assertThat(c.isOverdue(DUE)).isFalse();
        assertThat(c.isOverdue(DUE.plusDays(1))).isTrue();
        c.moveTo(CaseStage.DECISION, T0, "curator", null, TODAY.plusDays(3), TODAY);
        assertThat(c.getStageDueOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(c.getTimeline().getLast().getDueOn()).isEqualTo(TODAY.plusDays(3));
        c.decide(decision, T0, "supervisor", null, TODAY);
        assertThat(c.getStageDueOn()).as("a stage without a date given has none").isNull();
        assertThat(c.isOverdue(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void a_due_date_in_the_past_or_too_far_ahead_is_refused_at_the_field_and_changes_nothing() {
        FamilyCase c = opened();
        int before = c.getTimeline().size();
        assertThatThrownBy(() -> c.moveTo(CaseStage.DECISION, T0, "curator", null, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("case.due.past");
                    assertThat(e.getField()).contains("dueOn");
                });
        assertThatThrownBy(() -> c.changeDueDate(TODAY.plusDays(StageTimeLimit.MAX_DAYS + 1), "Відпустка", T0, "curator", TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.due.tooFar");
        assertThat(c.getStage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(c.getStageDueOn()).isEqualTo(DUE);
        assertThat(c.getTimeline()).hasSize(before);
    }

    @Test
    void changing_the_due_date_needs_a_reason_and_is_kept_in_the_timeline_without_a_move() {
        FamilyCase c = opened();
        assertThatThrownBy(() -> c.changeDueDate(TODAY.plusDays(20), " ", T0, "curator", TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("reason"));
        c.changeDueDate(TODAY.plusDays(20), "Мати в лікарні до 15 листопада", T0, "curator", TODAY);
        assertThat(c.getStageDueOn()).isEqualTo(TODAY.plusDays(20));
        CaseTransition last = c.getTimeline().getLast();
        assertThat(last.isDueDateChange()).isTrue();
        assertThat(last.getFrom()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(last.getTo()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
        assertThat(last.getDueOn()).isEqualTo(TODAY.plusDays(20));
        assertThat(c.getStage()).isEqualTo(CaseStage.INITIAL_ASSESSMENT);
    }

    @Test
    void a_more_urgent_referral_makes_the_case_more_urgent_and_a_less_urgent_one_does_not() {
        FamilyCase c = opened();
        assertThat(c.getUrgency()).isEqualTo(Urgency.URGENT);
        c.takeReferral(8L, Urgency.ROUTINE);
        assertThat(c.getUrgency()).isEqualTo(Urgency.URGENT);
        c.takeReferral(9L, Urgency.EMERGENCY);
        assertThat(c.getUrgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(c.getReferralIds()).containsExactlyInAnyOrder(7L, 8L, 9L);
    }

    @Test
    void a_closed_case_takes_no_more_referrals() {
        FamilyCase c = opened();
        c.close("r", "o", T0, "curator", null, TODAY);
        assertThatThrownBy(() -> c.takeReferral(8L, Urgency.ROUTINE)).hasFieldOrPropertyWithValue("messageKey", "case.closed");
    }
}
