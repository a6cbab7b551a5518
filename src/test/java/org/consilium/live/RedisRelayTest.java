package org.consilium.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.consilium.live.Presence.Present;
import org.consilium.testing.Eventually;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Redis relay between nodes, each node here a relay with a connection and a subscription of its
 * own on channels of this test's own: every node hears each change once, its own included, and the
 * presence of the others; what is not a change of ours is left; and a node that cannot reach Redis
 * starts all the same and still tells its own pages.
 */
class RedisRelayTest {

    private final String channel = SignedIn.unique("consilium-test:");
    private final List<Runnable> closing = new ArrayList<>();

    /** One node's relay, subscribed, and what it has handed to its pages. */
    private record Node(RedisRelay relay, RedisSubscription subscription, StringRedisTemplate redis, List<PageChange> told,
                        List<NodePresence> heard) {
    }

    @AfterEach
    void stopNodes() {
        closing.reversed().forEach(Runnable::run);
    }

    private Node node(int port) {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(TestRedis.HOST, port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
        connections.afterPropertiesSet();
        connections.start();
        StringRedisTemplate redis = new StringRedisTemplate(connections);
        RedisRelay relay = new RedisRelay(redis, channel);
        List<PageChange> told = new CopyOnWriteArrayList<>();
        List<NodePresence> heard = new CopyOnWriteArrayList<>();
        relay.receiveWith(told::add);
        relay.receivePresenceWith(heard::add);
        RedisSubscription subscription = new RedisSubscription(connections, relay, Duration.ofSeconds(1));
        subscription.start();
        closing.add(connections::destroy);
        closing.add(relay::destroy);
        closing.add(subscription::stop);
        return new Node(relay, subscription, redis, told, heard);
    }

    private static PageChange change(String what) {
        return new PageChange(Topics.ofCase(7), 7L, "school", "Наталія Гнатюк", what, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void every_node_hears_each_change_once_its_own_included() {
        TestRedis.requireRunning();
        Node a = node(TestRedis.PORT);
        Node b = node(TestRedis.PORT);
        PageChange done = change("live.plan.TASK_DONE");
        a.relay().send(done);
        b.relay().send(change("live.plan.CHANGED"));
        // Redis keeps the order of one sender's messages: once its last one is here, nothing of it is on the way.
        PageChange last = change("live.plan.PROGRESS");
        a.relay().send(last);
        b.relay().send(last);
        Eventually.until("both nodes heard the last changes of both", () -> a.told().stream().filter(last::equals).count() == 2
                && b.told().stream().filter(last::equals).count() == 2);
        for (Node n : List.of(a, b)) {
            assertThat(n.told()).filteredOn(done::equals).hasSize(1);
            assertThat(n.told()).extracting(PageChange::whatKey).filteredOn("live.plan.CHANGED"::equals).hasSize(1);
        }
        assertThat(b.told().getFirst()).isEqualTo(done);
    }

    @Test
    void who_is_on_a_topic_at_one_node_reaches_the_others_as_it_was_said() {
        TestRedis.requireRunning();
        Node a = node(TestRedis.PORT);
        Node b = node(TestRedis.PORT);
        NodePresence here = new NodePresence("node-a", Topics.ofPlan(7), List.of(
                new Present("school", "Наталія Гнатюк", "Загальноосвітня школа № 12", false, "task:41"),
                new Present("fam.x", "Олена Савченко", null, true, null)));
        a.relay().sendPresence(here);
        Eventually.until("node B heard who is at node A", () -> b.heard().contains(here));
        assertThat(a.told()).isEmpty();
        assertThat(b.told()).isEmpty();
    }

    @Test
    void a_message_on_the_channel_that_is_not_a_change_of_ours_is_left() {
        TestRedis.requireRunning();
        Node a = node(TestRedis.PORT);
        a.redis().convertAndSend(channel + ":changes", "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"true\"]}");
        a.redis().convertAndSend(channel + ":changes", "not json at all");
        PageChange after = change("live.plan.TASK_DONE");
        a.relay().send(after);
        Eventually.until("the change after them is heard", () -> a.told().contains(after));
        assertThat(a.told()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo(Topics.ofCase(7));
            assertThat(c.actorName()).isEqualTo("Наталія Гнатюк");
        });
    }

    @Test
    void a_node_without_redis_starts_and_still_tells_its_own_pages() throws IOException {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        Node alone = node(nobody);
        assertThat(alone.subscription().isRunning()).isTrue();
        assertThat(alone.subscription().isListening()).isFalse();
        PageChange done = change("live.plan.TASK_DONE");
        alone.relay().send(done);
        assertThat(alone.told()).containsExactly(done);
    }
}
