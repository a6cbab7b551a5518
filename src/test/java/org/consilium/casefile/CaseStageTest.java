package org.consilium.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consilium.casefile.CaseStage.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStageTest {

    static Stream<Arguments> allowedMoves() {
        return Stream.of(
                Arguments.of(REFERRAL, VERIFICATION),
                Arguments.of(VERIFICATION, INITIAL_ASSESSMENT),
                Arguments.of(INITIAL_ASSESSMENT, DECISION),
                Arguments.of(DECISION, IN_DEPTH_ASSESSMENT),
                Arguments.of(IN_DEPTH_ASSESSMENT, PLANNING),
                Arguments.of(PLANNING, IMPLEMENTATION),
                Arguments.of(PLANNING, IN_DEPTH_ASSESSMENT),
                Arguments.of(IMPLEMENTATION, REVIEW),
                Arguments.of(REVIEW, PLANNING),
                Arguments.of(REVIEW, IN_DEPTH_ASSESSMENT),
                Arguments.of(REVIEW, IMPLEMENTATION),
                Arguments.of(CLOSURE, FOLLOW_UP),
                Arguments.of(FOLLOW_UP, IN_DEPTH_ASSESSMENT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedMoves")
    void the_methodology_allows_this_move(CaseStage from, CaseStage to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} can be closed")
    @EnumSource(value = CaseStage.class, names = {"CLOSURE", "FOLLOW_UP"}, mode = EnumSource.Mode.EXCLUDE)
    void every_open_stage_can_be_closed(CaseStage stage) {
        assertThat(stage.isOpen()).isTrue();
        assertThat(stage.canMoveTo(CLOSURE)).isTrue();
    }

    static Stream<Arguments> forbiddenMoves() {
        return Stream.of(
                Arguments.of(REFERRAL, PLANNING),
                Arguments.of(REFERRAL, IMPLEMENTATION),
                Arguments.of(VERIFICATION, DECISION),
                Arguments.of(INITIAL_ASSESSMENT, PLANNING),
                Arguments.of(DECISION, PLANNING),
                Arguments.of(IN_DEPTH_ASSESSMENT, IMPLEMENTATION),
                Arguments.of(IMPLEMENTATION, PLANNING),
                Arguments.of(REVIEW, FOLLOW_UP),
                Arguments.of(CLOSURE, IMPLEMENTATION),
                Arguments.of(CLOSURE, CLOSURE),
                Arguments.of(FOLLOW_UP, CLOSURE),
                Arguments.of(FOLLOW_UP, REFERRAL),
                Arguments.of(IMPLEMENTATION, IMPLEMENTATION),
                Arguments.of(PLANNING, null));
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @MethodSource("forbiddenMoves")
    void the_methodology_forbids_this_move(CaseStage from, CaseStage to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @Test
    void every_stage_can_be_reached_from_the_referral() {
        Set<CaseStage> reached = EnumSet.of(REFERRAL);
        boolean grew = true;
        while (grew) {
            Set<CaseStage> next = EnumSet.copyOf(reached);
            reached.forEach(s -> next.addAll(s.allowedMoves()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseStage.values());
    }

    @Test
    void closed_and_followed_up_cases_are_not_open_and_only_follow_up_reopens() {
        assertThat(CLOSURE.isOpen()).isFalse();
        assertThat(FOLLOW_UP.isOpen()).isFalse();
        assertThat(CaseStage.isReopening(FOLLOW_UP, IN_DEPTH_ASSESSMENT)).isTrue();
        assertThat(CaseStage.isReopening(REVIEW, IN_DEPTH_ASSESSMENT)).isFalse();
    }

    @Test
    void the_allowed_moves_offered_cannot_be_changed_by_a_caller() {
        Set<CaseStage> moves = REVIEW.allowedMoves();
        moves.clear();
        assertThat(REVIEW.allowedMoves()).isNotEmpty();
    }
}
