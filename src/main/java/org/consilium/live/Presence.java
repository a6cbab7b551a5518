package org.consilium.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;

/**
 * Who has a case, a plan or a meeting room open now, and who is editing which of its records. A page
 * joins a topic while it is on screen and leaves when it is closed (its tab shut, its session ended);
 * everyone on the topic whose user may still see it is told at once. An editing mark is advice, not a
 * lock: it ends when the form closes or after {@code consilium.presence.edit-mark} (10 minutes), and
 * optimistic locking stays the guard against lost edits. Presence is kept by the node that serves the
 * page; with several nodes each tells the others through the relay who is on its topics, at every
 * change and again at every sweep, and shows those of the other nodes beside its own (decision 0035).
 */
@org.springframework.stereotype.Component
public class Presence {

    /** Someone on a topic: who, of which agency (none for a family member), and what they are editing. */
    public record Present(String username, String fullName, String agencyName, boolean family, String editing) {
    }

    private final Map<String, Set<Visit>> byTopic = new ConcurrentHashMap<>();
    private final OtherNodes otherNodes = new OtherNodes();
    private final String node = UUID.randomUUID().toString();
    private final UserAccountService accounts;
    private final LivePages pages;
    private final LiveRelay relay;
    private final Clock clock;
    private final Duration editMark;
    private final Duration sweep;

    Presence(UserAccountService accounts, LivePages pages, LiveRelay relay, Clock clock,
             @Value("${consilium.presence.edit-mark:10m}") Duration editMark,
             @Value("${consilium.presence.sweep:30s}") Duration sweep) {
        this.accounts = accounts;
        this.pages = pages;
        this.relay = relay;
        this.clock = clock;
        this.editMark = editMark;
        this.sweep = sweep;
        relay.receivePresenceWith(this::heard);
    }

    /**
     * While {@code owner} is on screen its user is present on {@code topic}; {@code onChange} receives,
     * in the owner's UI, everyone else present whenever that changes, as long as {@code mayStillSee}
     * says (asked with the page user's sign-in) that the user may see the topic.
     */
    public Registration join(Component owner, String topic, BooleanSupplier mayStillSee, Consumer<List<Present>> onChange) {
        Optional<SignedInUser> user = accounts.signedIn();
        if (user.isEmpty()) {
            return () -> { };
        }
        Visit v = new Visit(topic, user.get(), mayStillSee, onChange);
        Registration attach = owner.addAttachListener(e -> enter(v, e.getUI()));
        Registration detach = owner.addDetachListener(e -> leave(v));
        if (owner.isAttached()) {
            owner.getUI().ifPresent(ui -> enter(v, ui));
        }
        return () -> {
            attach.remove();
            detach.remove();
            leave(v);
        };
    }

    /**
     * Marks the current page's user as editing {@code item} on {@code topic} until the returned
     * registration is removed or the mark expires; tells the others.
     */
    public Registration editing(String topic, String item) {
        UI ui = UI.getCurrent();
        Optional<Visit> mine = visits(topic).stream().filter(v -> v.ui == ui).findFirst();
        if (ui == null || mine.isEmpty()) {
            return () -> { };
        }
        Visit v = mine.get();
        v.editing = item;
        v.editingUntil = clock.instant().plus(editMark);
        changed(topic);
        return () -> {
            if (item.equals(v.editing)) {
                v.editing = null;
                v.editingUntil = null;
                changed(topic);
            }
        };
    }

    /** Who other than {@code username} is editing {@code item} on {@code topic} now, by name. */
    public List<Present> editorsOf(String topic, String item, String username) {
        return present(topic).stream().filter(p -> item.equals(p.editing()) && !p.username().equals(username)).toList();
    }

    /**
     * Everyone on {@code topic} now, at this node and the others, each person once, by name; what they
     * edit if anything.
     */
    public List<Present> present(String topic) {
        Map<String, Present> byUser = new LinkedHashMap<>();
        here(topic).forEach(p -> byUser.put(p.username(), p));
        otherNodes.on(topic).forEach(p -> byUser.merge(p.username(), p,
                (earlier, later) -> earlier.editing() == null && later.editing() != null ? later : earlier));
        return new ArrayList<>(byUser.values());
    }

    /** Everyone on {@code topic} at this node, each person once, in the order they came. */
    private List<Present> here(String topic) {
        Instant now = clock.instant();
        Map<String, Present> byUser = new LinkedHashMap<>();
        visits(topic).stream().sorted(Comparator.comparing(v -> v.since)).forEach(v -> {
            String editing = v.editing != null && v.editingUntil != null && v.editingUntil.isAfter(now) ? v.editing : null;
            Present earlier = byUser.get(v.user.username());
            if (earlier == null || (earlier.editing() == null && editing != null)) {
                byUser.put(v.user.username(), new Present(v.user.username(), v.user.fullName(), v.user.agencyName(),
                        v.user.familyId() != null, editing));
            }
        });
        return new ArrayList<>(byUser.values());
    }

    /**
     * Ends editing marks that have run out and tells those on their topics; says again to the other
     * nodes who is here, and forgets what a node has not said for three sweeps (it has stopped).
     */
    @Scheduled(fixedDelayString = "${consilium.presence.sweep:30s}")
    void expireMarks() {
        Instant now = clock.instant();
        byTopic.forEach((topic, set) -> {
            boolean changed = false;
            for (Visit v : set) {
                if (v.editingUntil != null && !v.editingUntil.isAfter(now)) {
                    v.editing = null;
                    v.editingUntil = null;
                    changed = true;
                }
                if (v.ui != null && v.ui.isClosing()) {
                    set.remove(v);
                    changed = true;
                }
            }
            if (changed) {
                tellHere(topic);
            }
            byTopic.computeIfPresent(topic, (t, visits) -> visits.isEmpty() ? null : visits);
            announce(topic);
        });
        otherNodes.forgetSilentSince(now.minus(sweep.multipliedBy(3))).forEach(this::tellHere);
    }

    /**
     * What another node says of a topic: kept, and told to those here if it changed anything. A node
     * that is new on a topic hears at once who is on it here, rather than at the next sweep.
     */
    private void heard(NodePresence news) {
        if (node.equals(news.node())) {
            return;
        }
        OtherNodes.Outcome outcome = otherNodes.heard(news, clock.instant());
        if (outcome.changed()) {
            tellHere(news.topic());
        }
        if (outcome.newcomer() && !visits(news.topic()).isEmpty()) {
            announce(news.topic());
        }
    }

    private Set<Visit> visits(String topic) {
        return byTopic.getOrDefault(topic, Set.of());
    }

    private void enter(Visit v, UI ui) {
        v.ui = ui;
        v.security = LivePages.copyOfCurrentSignIn();
        v.since = clock.instant();
        byTopic.computeIfAbsent(v.topic, t -> ConcurrentHashMap.newKeySet()).add(v);
        changed(v.topic);
    }

    private void leave(Visit v) {
        byTopic.computeIfPresent(v.topic, (t, set) -> {
            set.remove(v);
            return set.isEmpty() ? null : set;
        });
        changed(v.topic);
    }

    /** Someone came, went or began or ended editing here: those here are told, and the other nodes. */
    private void changed(String topic) {
        tellHere(topic);
        announce(topic);
    }

    /** Says who is here now, on the relay's thread: a page that opens never waits for the broker. */
    private void announce(String topic) {
        NodePresence news = new NodePresence(node, topic, here(topic));
        pages.relaySoon(() -> relay.sendPresence(news));
    }

    /**
     * Tells everyone on the topic at this node who may still see it who the others there are; each page
     * is asked and told on a thread of its own (see {@link LivePages#tellOnItsOwn}).
     */
    private void tellHere(String topic) {
        List<Present> all = present(topic);
        for (Visit v : visits(topic)) {
            UI ui = v.ui;
            if (ui == null || ui.isClosing()) {
                continue;
            }
            List<Present> others = all.stream().filter(p -> !p.username().equals(v.user.username())).toList();
            pages.tellOnItsOwn(() -> {
                if (LivePages.asUserOf(v.security, v.mayStillSee)) {
                    try {
                        ui.access(() -> v.onChange.accept(others));
                    } catch (UIDetachedException closedMeanwhile) {
                        // The page was closed after it was counted here: nobody is left to tell.
                    }
                }
            });
        }
    }

    private static final class Visit {
        final String topic;
        final SignedInUser user;
        final BooleanSupplier mayStillSee;
        final Consumer<List<Present>> onChange;
        volatile UI ui;
        volatile SecurityContext security;
        volatile Instant since = Instant.EPOCH;
        volatile String editing;
        volatile Instant editingUntil;

        Visit(String topic, SignedInUser user, BooleanSupplier mayStillSee, Consumer<List<Present>> onChange) {
            this.topic = topic;
            this.user = user;
            this.mayStillSee = mayStillSee;
            this.onChange = onChange;
        }
    }
}
