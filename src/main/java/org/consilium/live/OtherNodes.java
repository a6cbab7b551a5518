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

    private final Map<String, Map<String, Heard>> byTopic = new ConcurrentHashMap<>();

    /** Keeps what a node said of a topic; returns whether this node had heard nothing from it there. */
    boolean heard(NodePresence news, Instant now) {
        boolean[] newcomer = {false};
        byTopic.compute(news.topic(), (topic, nodes) -> {
            Map<String, Heard> all = nodes == null ? new ConcurrentHashMap<>() : nodes;
            Heard before = news.present().isEmpty() ? all.remove(news.node()) : all.put(news.node(), new Heard(news.present(), now));
            newcomer[0] = before == null && !news.present().isEmpty();
            return all.isEmpty() ? null : all;
        });
        return newcomer[0];
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
