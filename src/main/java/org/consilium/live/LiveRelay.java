package org.consilium.live;

import java.util.function.Consumer;

/**
 * Carries page changes to every node that serves pages. On one node it hands them straight on
 * ({@link LocalRelay}); a deployment of several nodes puts a relay through a broker in its place
 * ({@link RedisRelay}, decision 0035), so a change made on one node reaches the pages open on all of
 * them. Such a relay also carries who is on which page ({@link NodePresence}), so that presence is
 * shown across nodes; a single node has no one to tell.
 */
public interface LiveRelay {

    /** Sends the change to every node, this one included. */
    void send(PageChange change);

    /** Who receives changes on this node; set once, when the node starts. */
    void receiveWith(Consumer<PageChange> receiver);

    /** Tells the other nodes who is on a topic at this node. A single node has nobody to tell. */
    default void sendPresence(NodePresence news) {
    }

    /** Who receives what the other nodes say of their presence; set once, when the node starts. */
    default void receivePresenceWith(Consumer<NodePresence> receiver) {
    }
}
