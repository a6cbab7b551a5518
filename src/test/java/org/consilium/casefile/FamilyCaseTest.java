package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
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

    private static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    private static FollowUpDetails contact(FollowUpResult result, String reopenReason) {
        FollowUpDetails d = new FollowUpDetails();
        d.setContactedOn(TODAY.plusMonths(1));
        d.setContactKind(ContactKind.HOME_VISIT);
        d.setResult(result);
        d.setNotes("Діти відвідують школу");
        d.setReopen(reopenReason != null);
        d.setReopenReason(reopenReason);
        return d;
    }

    @Test
    void closing_needs_a_listed_reason_words_for_other_and_an_outcome() {
        FamilyCase c = opened();
        assertThatThrownBy(() -> c.moveTo(CaseStage.CLOSURE, T0, "curator", null, null, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.stage.closeWithReason");
        assertThatThrownBy(() -> c.close(null, "", "Передано", T0, "curator", List.of(), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("closureReason"));
        assertThatThrownBy(() -> c.close(ClosureReason.OTHER, " ", "Передано", T0, "curator", List.of(), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("closureNote"));
        assertThatThrownBy(() -> c.close(ClosureReason.FAMILY_MOVED, "", " ", T0, "curator", List.of(), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("closureOutcome"));
        assertThat(c.isOpen()).isTrue();
        c.close(ClosureReason.FAMILY_MOVED, "", "Передано до ЦСС за новим місцем проживання", T0, "curator", List.of(), TODAY);
        assertThat(c.isOpen()).isFalse();
        assertThat(c.getClosedAt()).isEqualTo(T0);
        assertThat(c.getClosureReason()).isEqualTo(ClosureReason.FAMILY_MOVED);
        assertThat(c.getClosureNote()).isNull();
        assertThat(c.getFollowUps()).isEmpty();
        c.moveTo(CaseStage.FOLLOW_UP, T0.plusSeconds(10), "curator", null, null, TODAY);
        assertThat(c.isOpen()).isFalse();
        assertThatThrownBy(() -> c.moveTo(CaseStage.IN_DEPTH_ASSESSMENT, T0.plusSeconds(20), "curator", " ", null, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "case.reopen.reasonRequired");
        c.moveTo(CaseStage.IN_DEPTH_ASSESSMENT, T0.plusSeconds(20), "curator", "Повторне звернення школи", null, TODAY);
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getClosedAt()).isNull();
    }

    @Test
    void closing_plans_the_follow_up_contacts_and_each_recorded_one_makes_the_next_due() {
        FamilyCase c = opened();
        c.close(ClosureReason.GOALS_ACHIEVED, "", "Андрій ходить до школи", T0, "curator", List.of(1, 3, 6), TODAY);
        assertThat(c.getFollowUps()).extracting(FollowUp::getDueOn)
                .containsExactly(TODAY.plusMonths(1), TODAY.plusMonths(3), TODAY.plusMonths(6));
        assertThat(c.getStageDueOn()).isEqualTo(TODAY.plusMonths(1));

        LocalDate later = TODAY.plusMonths(1);
        FollowUp first = c.getFollowUps().getFirst();
        FollowUpDetails future = contact(FollowUpResult.HELD, null);
        future.setContactedOn(later.plusDays(1));
        assertThatThrownBy(() -> c.recordFollowUp(first, future, T0, "curator", later, ZONE, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("contactedOn"));
        FollowUpDetails beforeClosure = contact(FollowUpResult.HELD, null);
        beforeClosure.setContactedOn(TODAY.minusDays(1));
        assertThatThrownBy(() -> c.recordFollowUp(first, beforeClosure, T0, "curator", later, ZONE, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("contactedOn"));
        assertThat(first.isPlanned()).isTrue();

        c.recordFollowUp(first, contact(FollowUpResult.HELD, null), T0.plusSeconds(60), "curator", later, ZONE, null);
        assertThat(first.getStatus()).isEqualTo(FollowUp.Status.DONE);
        assertThat(first.getResult()).isEqualTo(FollowUpResult.HELD);
        assertThat(c.getStage()).isEqualTo(CaseStage.FOLLOW_UP);
        assertThat(c.getStageDueOn()).isEqualTo(TODAY.plusMonths(3));
        assertThatThrownBy(() -> c.recordFollowUp(first, contact(FollowUpResult.HELD, null), T0, "curator", later, ZONE, null))
                .hasFieldOrPropertyWithValue("messageKey", "followUp.notPlanned");
    }

    @Test
    void a_contact_recorded_late_leaves_the_case_overdue_by_the_next_one_already_past() {
        FamilyCase c = opened();
        c.close(ClosureReason.GOALS_ACHIEVED, "", "Андрій ходить до школи", T0, "curator", List.of(1, 3, 6), TODAY);
        LocalDate muchLater = TODAY.plusMonths(4);
        FollowUpDetails late = contact(FollowUpResult.HELD, null);
        late.setContactedOn(muchLater);
        c.recordFollowUp(c.getFollowUps().getFirst(), late, T0.plusSeconds(60), "curator", muchLater, ZONE, null);
        assertThat(c.getStage()).isEqualTo(CaseStage.FOLLOW_UP);
        assertThat(c.getStageDueOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(c.isOverdue(muchLater)).isTrue();
    }

    @Test
    void a_follow_up_whose_results_did_not_hold_reopens_the_case_with_its_reason_and_cancels_the_rest() {
        FamilyCase c = opened();
        c.close(ClosureReason.GOALS_ACHIEVED, "", "Андрій ходить до школи", T0, "curator", List.of(1, 3, 6), TODAY);
        LocalDate later = TODAY.plusMonths(1);
        FollowUp first = c.getFollowUps().getFirst();
        assertThatThrownBy(() -> c.recordFollowUp(first, contact(FollowUpResult.NOT_HELD, " "), T0, "curator", later, ZONE, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getField()).contains("reopenReason"));

        c.recordFollowUp(first, contact(FollowUpResult.NOT_HELD, "Знову пропуски школи"), T0.plusSeconds(60), "curator",
                later, ZONE, later.plusDays(30));
        assertThat(c.isOpen()).isTrue();
        assertThat(c.getStageDueOn()).isEqualTo(later.plusDays(30));
        assertThat(c.getStage()).isEqualTo(CaseStage.IN_DEPTH_ASSESSMENT);
        assertThat(c.getTimeline().getLast().getComment()).isEqualTo("Знову пропуски школи");
        assertThat(c.getFollowUps()).extracting(FollowUp::getStatus)
                .containsExactly(FollowUp.Status.DONE, FollowUp.Status.CANCELLED, FollowUp.Status.CANCELLED);
        assertThat(c.nextFollowUp()).isEmpty();
    }

    @Test
    void a_closed_case_takes_no_more_referrals() {
        FamilyCase c = opened();
        c.close(ClosureReason.OTHER, "r", "o", T0, "curator", List.of(), TODAY);
        assertThatThrownBy(() -> c.takeReferral(8L, Urgency.ROUTINE)).hasFieldOrPropertyWithValue("messageKey", "case.closed");
    }
}
