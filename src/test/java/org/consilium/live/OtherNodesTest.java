package org.consilium.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.consilium.live.Presence.Present;
import org.junit.jupiter.api.Test;

/**
 * What a node keeps of the other nodes' presence: each node's latest word per topic, a repeat that
 * changes nothing is no news, and a node that has gone quiet is forgotten.
 */
class OtherNodesTest {

    private static final String PLAN = Topics.ofPlan(7);
    private static final Present SCHOOL = new Present("school", "Наталія Гнатюк", "Загальноосвітня школа № 12", false, null);
    private static final Present POLICE = new Present("police", "Олег Мазур", "Сектор ювенальної превенції", false, "task:41");

    private final OtherNodes others = new OtherNodes();
    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void a_nodes_latest_word_on_a_topic_replaces_its_earlier_one_and_an_empty_one_takes_it_away() {
        assertThat(others.heard(new NodePresence("a", PLAN, List.of(SCHOOL)), now)).isEqualTo(new OtherNodes.Outcome(true, true));
        others.heard(new NodePresence("b", PLAN, List.of(POLICE)), now);
        assertThat(others.on(PLAN)).containsExactlyInAnyOrder(SCHOOL, POLICE);

        assertThat(others.heard(new NodePresence("a", PLAN, List.of()), now)).isEqualTo(new OtherNodes.Outcome(true, false));
        assertThat(others.on(PLAN)).containsExactly(POLICE);
        assertThat(others.on(Topics.ofPlan(8))).isEmpty();
    }

    @Test
    void a_node_repeating_itself_at_its_sweep_is_no_news() {
        others.heard(new NodePresence("a", PLAN, List.of(SCHOOL)), now);
        assertThat(others.heard(new NodePresence("a", PLAN, List.of(SCHOOL)), now.plusSeconds(30)))
                .isEqualTo(new OtherNodes.Outcome(false, false));
    }

    @Test
    void a_node_that_has_not_spoken_since_is_forgotten_with_its_people() {
        others.heard(new NodePresence("a", PLAN, List.of(SCHOOL)), now);
        others.heard(new NodePresence("b", PLAN, List.of(POLICE)), now.plus(Duration.ofSeconds(60)));
        assertThat(others.forgetSilentSince(now.plusSeconds(30))).containsExactly(PLAN);
        assertThat(others.on(PLAN)).containsExactly(POLICE);
        assertThat(others.forgetSilentSince(now.plusSeconds(30))).isEmpty();
    }
}
