package org.consilium.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consilium.security.SignInPauseStarted;
import org.consilium.security.SignInPauseStarted.Scope;
import org.consilium.security.SignInProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per typed user name, per client address and per the two together, and
 * pauses signing in past the free attempts ({@link SignInProperties}, decision 0002). It never asks
 * whether an account has the name, so a name that exists and one that does not are answered alike.
 */
@Component
class SignInThrottle {

    /** The longest a typed name or address is kept in a key; longer ones cannot belong to anyone. */
    static final int PART_MAX = 100;

    private final JdbcTemplate jdbc;
    private final SignInProperties rules;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, SignInProperties rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** How long the pause after the given number of wrong passwords in a row lasts; none before {@code pauseAfter}. */
    static Optional<Duration> pause(int failures, int pauseAfter, Duration first, Duration longest) {
        if (failures < pauseAfter) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - pauseAfter, 30);
        Duration pause = first.multipliedBy(1L << doublings);
        return Optional.of(pause.compareTo(longest) > 0 ? longest : pause);
    }

    /** The typed name as the counts know it: as an account's name is compared, and not endless. */
    static String nameKey(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() <= PART_MAX ? name : name.substring(0, PART_MAX);
    }

    private record Counted(Scope scope, String subject, int pauseAfter, Duration longest) {
    }

    private List<Counted> subjects(String name, String address) {
        String n = nameKey(name);
        String a = address == null ? "unknown" : address.length() <= PART_MAX ? address : address.substring(0, PART_MAX);
        return List.of(
                new Counted(Scope.NAME_AND_ADDRESS, "na:" + n + "|" + a, rules.pauseAfter(), rules.longestPause()),
                new Counted(Scope.NAME, "n:" + n, rules.pauseNameAfter(), rules.longestPauseOfAName()),
                new Counted(Scope.ADDRESS, "a:" + a, rules.pauseAddressAfter(), rules.longestPause()));
    }

    /** Until when signing in with this name from this address is paused, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> pausedUntil(String name, String address) {
        List<String> keys = subjects(name, address).stream().map(Counted::subject).toList();
        Timestamp until = jdbc.queryForObject("""
                SELECT MAX(paused_until) FROM sign_in_attempt WHERE subject IN (?, ?, ?) AND paused_until > ?""",
                Timestamp.class, keys.get(0), keys.get(1), keys.get(2), Timestamp.from(clock.instant()));
        return Optional.ofNullable(until).map(Timestamp::toInstant);
    }

    /** Counts a wrong password; returns the pauses it started. */
    @Transactional
    public List<SignInPauseStarted> failed(String name, String address) {
        Instant now = clock.instant();
        List<SignInPauseStarted> started = new ArrayList<>();
        for (Counted c : subjects(name, address)) {
            jdbc.update("INSERT IGNORE INTO sign_in_attempt (subject, failures, last_failure_at) VALUES (?, 0, ?)",
                    c.subject(), Timestamp.from(now));
            Object[] before = jdbc.queryForObject(
                    "SELECT failures, last_failure_at FROM sign_in_attempt WHERE subject = ? FOR UPDATE",
                    (rs, i) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()}, c.subject());
            boolean forgotten = ((Instant) before[1]).isBefore(now.minus(rules.forgetAfter()));
            int failures = forgotten ? 1 : (int) before[0] + 1;
            Instant until = pause(failures, c.pauseAfter(), rules.firstPause(), c.longest()).map(now::plus).orElse(null);
            jdbc.update("UPDATE sign_in_attempt SET failures = ?, last_failure_at = ?, paused_until = ? WHERE subject = ?",
                    failures, Timestamp.from(now), until == null ? null : Timestamp.from(until), c.subject());
            if (until != null) {
                started.add(new SignInPauseStarted(nameKey(name), c.scope(), until));
            }
        }
        // Counts nobody added to for long are of no use any more.
        jdbc.update("DELETE FROM sign_in_attempt WHERE last_failure_at < ?",
                Timestamp.from(now.minus(rules.forgetAfter()).minus(rules.longestPause())));
        return started;
    }

    /**
     * The right password: the counts of the name, of the address and of the two start again. The
     * address's too, because many people of a school or a clinic may sign in from one address and
     * would otherwise pause each other with their typing mistakes; another person's name typed from
     * there keeps its own count per address.
     */
    @Transactional
    public void succeeded(String name, String address) {
        List<String> keys = subjects(name, address).stream().map(Counted::subject).toList();
        jdbc.update("DELETE FROM sign_in_attempt WHERE subject IN (?, ?, ?)", keys.get(0), keys.get(1), keys.get(2));
    }

    /** Which of these names may not sign in from anywhere just now. */
    @Transactional(readOnly = true)
    public Set<String> pausedNames(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        List<String> keys = names.stream().map(n -> "n:" + nameKey(n)).toList();
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(keys);
        args.add(Timestamp.from(clock.instant()));
        return jdbc.queryForList("SELECT subject FROM sign_in_attempt WHERE subject IN (" + marks + ") AND paused_until > ?",
                String.class, args.toArray()).stream().map(s -> s.substring(2)).collect(Collectors.toSet());
    }
}
