package org.consilium.live;

import java.util.function.Consumer;

/** The relay of a single node: a change sent is received here at once. */
class LocalRelay implements LiveRelay {

    private volatile Consumer<PageChange> receiver = change -> { };

    @Override
    public void send(PageChange change) {
        receiver.accept(change);
    }

    @Override
    public void receiveWith(Consumer<PageChange> receiver) {
        this.receiver = receiver;
    }
}
