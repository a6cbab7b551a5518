package org.consilium.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.consilium.live.Presence.Present;

/**
 * Who is on each topic at the other nodes, as each last said ({@link NodePresence}), and when this
 * node heard it. A node repeats itself at every sweep; what a node has not repeated for a while is
 * forgotten, so the people of a node that stopped leave the others' pages.
 */
final class OtherNodes {

    private record Heard(List<Present> present, Instant at) {
    }

    /** What a node's news did: whether it changed who is on the topic, and whether the node was new there. */
    record Outcome(boolean changed, boolean newcomer) {
    }

    private final Map<String, Map<String, Heard>> byTopic = new ConcurrentHashMap<>();

    /** Keeps what a node said of a topic, in place of what it said before. */
    Outcome heard(NodePresence news, Instant now) {
        Outcome[] outcome = new Outcome[1];
        byTopic.compute(news.topic(), (topic, nodes) -> {
            Map<String, Heard> all = nodes == null ? new ConcurrentHashMap<>() : nodes;
            Heard before = news.present().isEmpty() ? all.remove(news.node()) : all.put(news.node(), new Heard(news.present(), now));
            List<Present> was = before == null ? List.of() : before.present();
            outcome[0] = new Outcome(!was.equals(news.present()), before == null && !news.present().isEmpty());
            return all.isEmpty() ? null : all;
        });
        return outcome[0];
    }

    /** Those on {@code topic} at the other nodes, as last said. */
    List<Present> on(String topic) {
        return byTopic.getOrDefault(topic, Map.of()).values().stream().flatMap(h -> h.present().stream()).toList();
    }

    /** Forgets what nodes said before {@code before} and did not repeat since; returns the topics that changed. */
    Set<String> forgetSilentSince(Instant before) {
        Set<String> changed = ConcurrentHashMap.newKeySet();
        byTopic.keySet().forEach(topic -> byTopic.computeIfPresent(topic, (t, nodes) -> {
            if (nodes.values().removeIf(h -> h.at().isBefore(before))) {
                changed.add(t);
            }
            return nodes.isEmpty() ? null : nodes;
        }));
        return changed;
    }
}
