package org.consilium.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.consilium.security.SignInPauseStarted.Scope;
import org.consilium.security.SignInPauseStarted;
import org.consilium.security.SignInProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per typed user name, per client address and per the two together, and
 * pauses signing in past the free ones ({@link SignInProperties}, decision 0002). An attempt is
 * counted before its password is checked, in one transaction that locks its three counts, so that
 * attempts sent at the same time cannot slip past a pause; the right password then clears the counts.
 * It never asks whether an account has the name, so a name that exists and one that does not are
 * answered alike.
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

    /** What the counts say about an attempt before its password is checked. */
    sealed interface Verdict {
    }

    /** Refused without looking at the password: signing in is paused until then. */
    record Paused(Instant until) implements Verdict {
    }

    /** Counted; these pauses start if its password turns out wrong. */
    record Counted(List<SignInPauseStarted> pausesIfWrong) implements Verdict {
    }

    /** How long the pause after this many attempts in a row lasts; none before {@code pauseAfter}. */
    static Optional<Duration> pause(int attempts, int pauseAfter, Duration first, Duration longest) {
        if (attempts < pauseAfter) {
            return Optional.empty();
        }
        int doublings = Math.min(attempts - pauseAfter, 30);
        Duration pause = first.multipliedBy(1L << doublings);
        return Optional.of(pause.compareTo(longest) > 0 ? longest : pause);
    }

    /** The typed name as the counts know it: as an account's name is compared, and not endless. */
    static String nameKey(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() <= PART_MAX ? name : name.substring(0, PART_MAX);
    }

    /**
     * The client address as the counts know it. An IPv6 client usually has a whole /64 network to
     * choose addresses from, so it counts as that network.
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.indexOf('%') >= 0 ? address.substring(0, address.indexOf('%')) : address;
        if (literal.indexOf(':') >= 0 && literal.matches("[0-9A-Fa-f:.]+")) {
            try {
                // A literal address: read without asking any name server.
                InetAddress ip = InetAddress.getByName(literal);
                byte[] bytes = ip.getAddress();
                return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : ip.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // Kept as it came, cut below.
            }
        }
        return address.length() <= PART_MAX ? address : address.substring(0, PART_MAX);
    }

    private record Counted3(Scope scope, String subject, int pauseAfter, Duration longest) {
    }

    /** The three counts of an attempt, in the order their rows are locked (always the same, no deadlock). */
    private List<Counted3> subjects(String name, String address) {
        String n = nameKey(name);
        String a = addressKey(address);
        return Stream.of(
                        new Counted3(Scope.ADDRESS, "a:" + a, rules.pauseAddressAfter(), rules.longestPause()),
                        new Counted3(Scope.NAME, "n:" + n, rules.pauseNameAfter(), rules.longestPauseOfAName()),
                        new Counted3(Scope.NAME_AND_ADDRESS, "na:" + n + "|" + a, rules.pauseAfter(), rules.longestPause()))
                .sorted(Comparator.comparing(Counted3::subject)).toList();
    }

    private static String place(String name, String address) {
        return nameKey(name) + "|" + addressKey(address);
    }

    /**
     * Counts an attempt before its password is checked, or refuses it while signing in is paused for
     * the name, the address or both (then it is not counted). A pause of the name from anywhere does
     * not hold where the name signed in lately: its owner's own computer.
     */
    @Transactional
    public Verdict attempt(String name, String address) {
        Instant now = clock.instant();
        List<Counted3> subjects = subjects(name, address);
        for (Counted3 c : subjects) {
            // Takes the row's exclusive lock at once, whether it is new or not.
            jdbc.update("""
                    INSERT INTO sign_in_attempt (subject, failures, last_failure_at) VALUES (?, 0, ?)
                    ON DUPLICATE KEY UPDATE subject = subject""", c.subject(), Timestamp.from(now));
        }
        Map<String, Object[]> rows = jdbc.query("""
                        SELECT subject, failures, last_failure_at, paused_until FROM sign_in_attempt
                        WHERE subject IN (?, ?, ?) FOR UPDATE""",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()},
                subjects.get(0).subject(), subjects.get(1).subject(), subjects.get(2).subject())
                .stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
        boolean knownPlace = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM sign_in_place WHERE subject = ? AND last_success_at > ?", Boolean.class,
                place(name, address), Timestamp.from(now.minus(rules.rememberPlacesFor()))));
        Optional<Instant> paused = subjects.stream()
                .filter(c -> !(knownPlace && c.scope() == Scope.NAME))
                .map(c -> (Instant) rows.get(c.subject())[3])
                .filter(until -> until != null && until.isAfter(now))
                .max(Instant::compareTo);
        if (paused.isPresent()) {
            return new Paused(paused.get());
        }
        List<SignInPauseStarted> pauses = new ArrayList<>();
        for (Counted3 c : subjects) {
            Object[] row = rows.get(c.subject());
            boolean forgotten = ((Instant) row[2]).isBefore(now.minus(rules.forgetAfter()));
            int attempts = forgotten ? 1 : (int) row[1] + 1;
            Instant until = pause(attempts, c.pauseAfter(), rules.firstPause(), c.longest()).map(now::plus).orElse(null);
            jdbc.update("UPDATE sign_in_attempt SET failures = ?, last_failure_at = ?, paused_until = ? WHERE subject = ?",
                    attempts, Timestamp.from(now), until == null ? null : Timestamp.from(until), c.subject());
            if (until != null) {
                pauses.add(new SignInPauseStarted(nameKey(name), c.scope() == Scope.NAME ? null : addressKey(address),
                        c.scope(), until));
            }
        }
        return new Counted(pauses);
    }

    /**
     * The right password: the counts of the name, of the address and of the two start again, and the
     * name is remembered at the address. The address's count too, because many people of a school or
     * a clinic may sign in from one address and would otherwise pause each other with their typing
     * mistakes.
     */
    @Transactional
    public void succeeded(String name, String address) {
        Instant now = clock.instant();
        List<String> keys = subjects(name, address).stream().map(Counted3::subject).toList();
        jdbc.update("DELETE FROM sign_in_attempt WHERE subject IN (?, ?, ?)", keys.get(0), keys.get(1), keys.get(2));
        jdbc.update("""
                INSERT INTO sign_in_place (subject, last_success_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE last_success_at = ?""", place(name, address), Timestamp.from(now), Timestamp.from(now));
    }

    /**
     * Forgets the counts and places nobody added to for long, which are of no use any more. Once a night
     * on one node, not at each sign-in: deleting by age locks a range of rows, and with many people
     * signing in at once from one address (a school, a clinic) that met their counts' locks in the
     * opposite order and ended sign-ins with a deadlock (decision 0037).
     */
    @Scheduled(cron = "${consilium.sign-in.forget-cron:0 40 3 * * *}")
    @SchedulerLock(name = "sign-in-forget", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void forgetOldCounts() {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM sign_in_attempt WHERE last_failure_at < ?",
                Timestamp.from(now.minus(rules.forgetAfter()).minus(rules.longestPause())));
        jdbc.update("DELETE FROM sign_in_place WHERE last_success_at < ?", Timestamp.from(now.minus(rules.rememberPlacesFor())));
    }

    /** Which of these names may not sign in from anywhere just now (but where they signed in lately). */
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
