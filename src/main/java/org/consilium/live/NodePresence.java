package org.consilium.live;

import java.util.List;
import org.consilium.live.Presence.Present;

/**
 * What one node says of a topic: everyone on it at that node now, with what they edit. It replaces
 * whatever that node said of the topic before; an empty list says nobody is there any more.
 *
 * @param node    the node that says it, a name it chose when it started
 * @param topic   the topic, e.g. {@link Topics#ofPlan(long)}
 * @param present those on the topic at that node, each person once
 */
public record NodePresence(String node, String topic, List<Present> present) {

    public NodePresence {
        present = List.copyOf(present);
    }
}
