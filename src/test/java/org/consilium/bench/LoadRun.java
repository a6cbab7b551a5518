package org.consilium.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;

/**
 * What one load run measured: how long each action took (sign-ins whenever they happen, everything
 * else only when it started inside the measuring window), what failed and why, how many notes were
 * saved, and the CPU time the portal, MariaDB and the driver itself used in the window.
 */
final class LoadRun implements LoadUser.Recorder {

    private static final int FAILURES_LOGGED = 10;

    private final Logger log;
    private final int users;
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLogged = new AtomicInteger();
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger notFoundInList = new AtomicInteger();
    private Machine.Cpu cpuAtStart;
    private Machine.Cpu cpuAtEnd;

    LoadRun(Logger log, int users) {
        this.log = log;
        this.users = users;
        LoadUser.ACTIONS.forEach(a -> times.put(a, Collections.synchronizedList(new ArrayList<>())));
    }

    void startWindow(Machine.Cpu cpu) {
        cpuAtStart = cpu;
        windowStart = System.nanoTime();
    }

    void endWindow(Machine.Cpu cpu) {
        windowEnd = System.nanoTime();
        cpuAtEnd = cpu;
    }

    @Override
    public void took(String action, long startedAtNanos, long nanos) {
        boolean signingIn = action.equals(LoadUser.SIGN_IN) || action.equals(LoadUser.SIGN_IN_PAGE);
        if (signingIn || (startedAtNanos >= windowStart && startedAtNanos < windowEnd)) {
            times.get(action).add(nanos);
        }
    }

    @Override
    public void failed(String action, String why) {
        failures.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        if (failuresLogged.incrementAndGet() <= FAILURES_LOGGED) {
            log.warn("failed: {}: {}", action, why);
        }
    }

    @Override
    public void notFoundInList() {
        notFoundInList.incrementAndGet();
    }

    @Override
    public void noteSaved() {
        saved.incrementAndGet();
    }

    int notesSaved() {
        return saved.get();
    }

    int failures() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The actions of the window (sign-ins left out: they happen while users arrive). */
    private List<Long> windowActions() {
        List<Long> all = new ArrayList<>();
        times.forEach((action, list) -> {
            if (!action.equals(LoadUser.SIGN_IN) && !action.equals(LoadUser.SIGN_IN_PAGE)) {
                synchronized (list) {
                    all.addAll(list);
                }
            }
        });
        return all;
    }

    /** Logs the run as rows of the tables in docs/performance.md. */
    void report() {
        double seconds = (windowEnd - windowStart) / 1e9;
        List<Long> all = windowActions();
        log.info("| users | actions in {} s | actions/s | p50 | p95 | max | failed | portal CPU | MariaDB CPU | driver CPU |",
                Math.round(seconds));
        log.info(String.format("| %d | %d | %.1f | %s | %s | %s | %d | %s | %s | %s |", users, all.size(), all.size() / seconds,
                ms(all, 0.50), ms(all, 0.95), ms(all, 1.0), failures(), cpuAtStart.portalShare(cpuAtEnd),
                cpuAtStart.databaseShare(cpuAtEnd), cpuAtStart.driverShare(cpuAtEnd)));
        log.info("| users | action | count | p50 | p95 | max | failed |");
        for (String action : LoadUser.ACTIONS) {
            List<Long> list;
            synchronized (times.get(action)) {
                list = new ArrayList<>(times.get(action));
            }
            AtomicInteger failed = failures.getOrDefault(action, new AtomicInteger());
            log.info(String.format("| %d | %s | %d | %s | %s | %s | %d |", users, action, list.size(), ms(list, 0.50),
                    ms(list, 0.95), ms(list, 1.0), failed.get()));
        }
        failures.forEach((action, count) -> {
            if (!LoadUser.ACTIONS.contains(action)) {
                log.info("failed besides the actions: {} × {}", count.get(), action);
            }
        });
        log.info("notes saved: {}; the family's row not found once on the first page of the filtered list (case opened by its address): {}",
                saved.get(), notFoundInList.get());
    }

    /** The percentile by nearest rank, in milliseconds. */
    static String ms(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return "–";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(p * sorted.size()));
        return String.format("%,d ms", Math.round(sorted.get(rank - 1) / 1e6));
    }
}
