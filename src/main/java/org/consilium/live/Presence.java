package org.consilium.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
 * page.
 */
@org.springframework.stereotype.Component
public class Presence {

    /** Someone on a topic: who, of which agency (none for a family member), and what they are editing. */
    public record Present(String username, String fullName, String agencyName, boolean family, String editing) {
    }

    private final Map<String, Set<Visit>> byTopic = new ConcurrentHashMap<>();
    private final UserAccountService accounts;
    private final LivePages pages;
    private final Clock clock;
    private final Duration editMark;

    Presence(UserAccountService accounts, LivePages pages, Clock clock,
             @Value("${consilium.presence.edit-mark:10m}") Duration editMark) {
        this.accounts = accounts;
        this.pages = pages;
        this.clock = clock;
        this.editMark = editMark;
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
        tell(topic);
        return () -> {
            if (item.equals(v.editing)) {
                v.editing = null;
                v.editingUntil = null;
                tell(topic);
            }
        };
    }

    /** Who other than {@code username} is editing {@code item} on {@code topic} now, by name. */
    public List<Present> editorsOf(String topic, String item, String username) {
        return present(topic).stream().filter(p -> item.equals(p.editing()) && !p.username().equals(username)).toList();
    }

    /** Everyone on {@code topic} now, each person once, by name; what they edit if anything. */
    public List<Present> present(String topic) {
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

    /** Ends editing marks that have run out, and tells those on their topics. */
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
                tell(topic);
            }
        });
    }

    private Set<Visit> visits(String topic) {
        return byTopic.getOrDefault(topic, Set.of());
    }

    private void enter(Visit v, UI ui) {
        v.ui = ui;
        v.security = LivePages.copyOfCurrentSignIn();
        v.since = clock.instant();
        byTopic.computeIfAbsent(v.topic, t -> ConcurrentHashMap.newKeySet()).add(v);
        tell(v.topic);
    }

    private void leave(Visit v) {
        byTopic.computeIfPresent(v.topic, (t, set) -> {
            set.remove(v);
            return set.isEmpty() ? null : set;
        });
        tell(v.topic);
    }

    /**
     * Tells everyone on the topic who may still see it who the others there are; each page is asked and
     * told on a thread of its own (see {@link LivePages#tellOnItsOwn}).
     */
    private void tell(String topic) {
        List<Present> all = present(topic);
        for (Visit v : visits(topic)) {
            UI ui = v.ui;
            if (ui == null || ui.isClosing()) {
                continue;
            }
            List<Present> others = all.stream().filter(p -> !p.username().equals(v.user.username())).toList();
            pages.tellOnItsOwn(() -> {
                if (LivePages.asUserOf(v.security, v.mayStillSee)) {
                    ui.access(() -> v.onChange.accept(others));
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
