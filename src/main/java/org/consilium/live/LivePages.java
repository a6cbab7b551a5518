package org.consilium.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.consilium.base.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The open pages of this node and what each watches. A publisher sends a {@link PageChange} after its
 * transaction has committed; each page watching the change's topic is asked first, as its own user,
 * whether that user may still see it (consent can be withdrawn while a page is open), and only then
 * told, through Vaadin Push, in the page's own session.
 */
@org.springframework.stereotype.Component
public class LivePages {

    private static final Logger log = LoggerFactory.getLogger(LivePages.class);

    private final Map<String, Set<Watcher>> byTopic = new ConcurrentHashMap<>();
    private final LiveRelay relay;
    private final ExecutorService delivery;
    private final ExecutorService relaying = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("live-relay").daemon()
            .factory());

    /**
     * {@code consilium.live.delivery-threads} pages are asked and told at once, fewer than the database
     * connections: showing a page again may take two of them (its reading and the audit entry of it).
     */
    LivePages(LiveRelay relay, @Value("${consilium.live.delivery-threads:4}") int threads) {
        this.delivery = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("live-delivery-", 0).daemon().factory());
        this.relay = relay;
        relay.receiveWith(this::deliver);
    }

    /** Tells every page, on every node, that watches the change's topic. Call it after the commit. */
    public void publish(PageChange change) {
        relay.send(change);
    }

    /**
     * Tells the pages soon, on a thread of the relay's own, and returns at once: for a caller that
     * still holds a transaction's database connection, which the pages may need while they are told.
     */
    public void publishSoon(PageChange change) {
        relaySoon(() -> publish(change));
    }

    /** Runs something that goes through the relay on the relay's own thread, in the order given. */
    void relaySoon(Runnable sending) {
        try {
            relaying.execute(sending);
        } catch (RejectedExecutionException e) {
            log.debug("The node is stopping; nothing more goes through the relay");
        }
    }

    /**
     * While {@code owner} is on screen, runs {@code onChange} in its UI for each change of
     * {@code topic} that its user may see. {@code mayStillSee} is asked on a delivery thread with the
     * page user's sign-in, so it can ask the services; it must not record a view of anything.
     */
    public Registration watch(Component owner, String topic, Predicate<PageChange> mayStillSee,
                              Consumer<PageChange> onChange) {
        Watcher w = new Watcher(topic, mayStillSee, onChange);
        Registration attach = owner.addAttachListener(e -> add(w, e.getUI()));
        Registration detach = owner.addDetachListener(e -> remove(w));
        if (owner.isAttached()) {
            owner.getUI().ifPresent(ui -> add(w, ui));
        }
        return () -> {
            attach.remove();
            detach.remove();
            remove(w);
        };
    }

    private void add(Watcher w, UI ui) {
        w.ui = ui;
        w.security = copyOfCurrentSignIn();
        byTopic.computeIfAbsent(w.topic, t -> ConcurrentHashMap.newKeySet()).add(w);
    }

    private void remove(Watcher w) {
        byTopic.computeIfPresent(w.topic, (t, set) -> {
            set.remove(w);
            return set.isEmpty() ? null : set;
        });
    }

    static SecurityContext copyOfCurrentSignIn() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    /**
     * Hands a change to the pages of this node that watch its topic and whose users may see it. Pages
     * are asked and told on the delivery threads, several at once: many pages on one topic (a plan
     * during a consilium) do not all wait for each other, and the question is answered as the page's
     * user, never as the user of a Vaadin session current on the caller's thread. Returns when every
     * page has been told (or has its update queued, if its session is busy).
     */
    void deliver(PageChange change) {
        List<Callable<Void>> tellings = new ArrayList<>();
        for (Watcher w : byTopic.getOrDefault(change.topic(), Set.of())) {
            UI ui = w.ui;
            if (ui == null || ui.isClosing()) {
                remove(w);
                continue;
            }
            tellings.add(() -> {
                if (asUserOf(w.security, () -> w.mayStillSee.test(change))) {
                    ui.access(() -> showIn(w, change));
                }
                return null;
            });
        }
        try {
            delivery.invokeAll(tellings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks and tells one page on a thread of its own, as the page's user: such a thread has no Vaadin
     * session of its own, whose signed-in user would otherwise answer in the page user's place.
     */
    void tellOnItsOwn(Runnable telling) {
        delivery.execute(telling);
    }

    /**
     * Lets the page show the change. If the page may no longer show what it showed (its user was
     * refused meanwhile, the record is gone), it stays as it is: the change is not the page's to show.
     */
    private static void showIn(Watcher w, PageChange change) {
        try {
            w.onChange.accept(change);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            log.debug("A page may no longer show a change of {}: {}", change.topic(), e.toString());
        } catch (RuntimeException e) {
            log.warn("A page could not show a change of {}", change.topic(), e);
        }
    }

    @PreDestroy
    void stop() {
        relaying.shutdown();
        delivery.shutdown();
    }

    /** Asks as the page's user; a refusal or an error counts as "no". */
    static boolean asUserOf(SecurityContext security, BooleanSupplier question) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            return question.getAsBoolean();
        } catch (RuntimeException e) {
            log.debug("A page's user may no longer see a change: {}", e.toString());
            return false;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static final class Watcher {
        final String topic;
        final Predicate<PageChange> mayStillSee;
        final Consumer<PageChange> onChange;
        volatile UI ui;
        volatile SecurityContext security;

        Watcher(String topic, Predicate<PageChange> mayStillSee, Consumer<PageChange> onChange) {
            this.topic = topic;
            this.mayStillSee = mayStillSee;
            this.onChange = onChange;
        }
    }
}
