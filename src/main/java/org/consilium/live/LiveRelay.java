package org.consilium.live;

import java.util.function.Consumer;

/**
 * Carries page changes to every node that serves pages. On one node it hands them straight on
 * ({@link LocalRelay}); a deployment of several nodes puts a relay through a broker in its place, so a
 * change made on one node reaches the pages open on all of them.
 */
public interface LiveRelay {

    /** Sends the change to every node, this one included. */
    void send(PageChange change);

    /** Who receives changes on this node; set once, when the node starts. */
    void receiveWith(Consumer<PageChange> receiver);
}
