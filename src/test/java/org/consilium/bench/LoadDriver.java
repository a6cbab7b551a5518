package org.consilium.bench;

import ch.qos.logback.classic.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many curators at once against the running portal (the production jar on the volume data), each in an
 * HTTP session and browser tab of their own, doing real Vaadin round trips ({@link LoadUser},
 * {@link FlowClient}); every user is a different curator working one of their own cases. For each number
 * of users: users sign in spread over the ramp, a pause lets them settle, then for the measuring window
 * every action's time is kept (the HTTP round trips the user waits for, until the server has answered)
 * with the CPU time of the portal, MariaDB and the driver; then everyone signs out. The notes saved are
 * counted again in the database. See docs/performance.md, "Many users".
 *
 * <p>Before the runs, one user alone does one round without pauses, and MariaDB's statement counter
 * says how many SQL statements each action sent ({@link StatementProbe}).
 *
 * <p>System properties: {@code users} (default 50,100,200,300,400; 0 for the statement counts only),
 * {@code window}, {@code ramp} and {@code settle} in seconds (180, 60, 20), {@code think} in seconds
 * between actions (5-15), {@code warmUp} users for a first run that is not reported (20; 0 for none),
 * {@code url} of the portal (http://127.0.0.1:8090/), {@code db} (JDBC address of its database,
 * consilium_volume on 127.0.0.1), {@code portalPid} (found by its command line if not given).
 */
public final class LoadDriver {

    private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);
    /** The password of every account {@link VolumeData} makes. */
    static final String PASSWORD = "volume1234";

    private LoadDriver() {
    }

    /** How a series of runs is made. */
    record Settings(List<Integer> users, Duration window, Duration ramp, Duration settle, long thinkMinMillis,
                    long thinkMaxMillis, int warmUpUsers, URI portal, String database, long portalPid) {

        static Settings fromSystemProperties() {
            List<Integer> users = Arrays.stream(System.getProperty("users", "50,100,200,300,400").split(","))
                    .map(String::trim).map(Integer::valueOf).filter(n -> n > 0).toList();
            String[] think = System.getProperty("think", "5-15").split("-");
            URI portal = URI.create(System.getProperty("url", "http://127.0.0.1:8090/"));
            long pid = Long.getLong("portalPid", Machine.find(line -> line.contains("-jar") && line.contains("consilium")
                    && line.contains("server.port=" + portal.getPort())).orElse(0L));
            return new Settings(users, Duration.ofSeconds(Long.getLong("window", 180)), Duration.ofSeconds(Long.getLong("ramp", 60)),
                    Duration.ofSeconds(Long.getLong("settle", 20)), Long.parseLong(think[0]) * 1000,
                    Long.parseLong(think[think.length - 1]) * 1000, Integer.getInteger("warmUp", 20), portal,
                    System.getProperty("db", "jdbc:mariadb://127.0.0.1:3306/consilium_volume"), pid);
        }
    }

    public static void main(String[] args) throws Exception {
        quietLibraries();
        Settings settings = Settings.fromSystemProperties();
        long database = Machine.database().orElse(0L);
        log.info("portal {} (process {}), MariaDB process {}, {}", settings.portal(), settings.portalPid(), database, settings);
        if (settings.portalPid() == 0) {
            log.warn("the portal's process was not found: its CPU is not measured (give -DportalPid=…)");
        }
        int most = settings.users().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<LoadUser.Curator> curators = curators(settings.database(), Math.max(1, Math.max(most, settings.warmUpUsers())));
        log.info("{} curators, each with an open case of their own with a plan in force", curators.size());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        if (settings.warmUpUsers() > 0) {
            log.info("warm-up with {} users (not reported)", settings.warmUpUsers());
            run(settings, http, curators, settings.warmUpUsers(), Duration.ofSeconds(60), database);
        }
        Machine.waitUntilQuiet(log);
        countStatements(settings, http, curators.getFirst());
        for (int users : settings.users()) {
            Machine.waitUntilQuiet(log);
            log.info("{} users: signing in over {} s, settling {} s, measuring {} s", users, settings.ramp().toSeconds(),
                    settings.settle().toSeconds(), settings.window().toSeconds());
            run(settings, http, curators, users, settings.window(), database).report();
        }
    }

    /** One curator alone, one round without pauses, counting the SQL statements of each action. */
    static void countStatements(Settings settings, HttpClient http, LoadUser.Curator curator) throws SQLException {
        try (StatementProbe probe = new StatementProbe(settings.database())) {
            FlowClient tab = new FlowClient(http, settings.portal());
            LoadUser user = new LoadUser(tab, curator, PASSWORD, "load-" + Instant.now().getEpochSecond() + "-probe", 1, 0, 0, probe);
            if (user.signIn() && user.round()) {
                probe.report(log);
            }
            tab.signOut();
        }
    }

    /** One run with this many users; the users sign out at its end. */
    static LoadRun run(Settings settings, HttpClient http, List<LoadUser.Curator> curators, int count, Duration window,
                       long database) throws Exception {
        if (curators.size() < count) {
            throw new IllegalStateException("only " + curators.size() + " curators to be " + count + " users");
        }
        LoadRun run = new LoadRun(log, count);
        AtomicBoolean running = new AtomicBoolean(true);
        String stamp = "load-" + Instant.now().getEpochSecond() + "-" + count;
        long start = System.nanoTime();
        long rampNanos = settings.ramp().toNanos();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                long startAt = start + rampNanos * i / count;
                users.submit(() -> {
                    sleepUntil(startAt);
                    new LoadUser(new FlowClient(http, settings.portal()), curators.get(index), PASSWORD, stamp + "-u" + index,
                            31L * index + count, settings.thinkMinMillis(), settings.thinkMaxMillis(), run).work(running::get);
                });
            }
            sleepUntil(start + rampNanos + settings.settle().toNanos());
            run.startWindow(Machine.cpu(settings.portalPid(), database));
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            run.endWindow(Machine.cpu(settings.portalPid(), database));
            running.set(false);
        }
        int stored = notesWith(settings.database(), stamp);
        log.info("notes the users saw saved: {}; notes in the database with this run's mark: {}{}", run.notesSaved(), stored,
                stored == run.notesSaved() ? "" : " (they differ)");
        return run;
    }

    /**
     * Curators of the volume data with an open case in a stage that allows plan work, whose plan in force
     * has tasks; one case each (their first), and the name of the family's first member to search by. In
     * a fixed shuffled order, so that a run of N users always has the same N curators.
     */
    static List<LoadUser.Curator> curators(String database, int count) throws SQLException {
        Map<String, LoadUser.Curator> first = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(database, "root", "");
             PreparedStatement q = c.prepareStatement("""
                     select u.username, fc.id, fc.family_name, fc.curator_name,
                            (select concat(m.last_name, ' ', m.first_name) from family_member m
                             where m.family_id = fc.family_id order by m.position, m.id limit 1)
                     from family_case fc join user_account u on u.id = fc.curator_id
                     where u.username like 'vol.curator.%' and u.enabled and fc.is_open
                       and fc.stage in ('PLANNING', 'IMPLEMENTATION', 'REVIEW')
                       and exists (select 1 from family_plan p join plan_goal g on g.plan_id = p.id
                                   join plan_task t on t.goal_id = g.id where p.case_id = fc.id and p.status = 'ACTIVE')
                     order by u.username, fc.id""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                first.putIfAbsent(rs.getString(1), new LoadUser.Curator(rs.getString(1), rs.getLong(2), rs.getString(5),
                        rs.getString(3), rs.getString(4)));
            }
        }
        List<LoadUser.Curator> all = new ArrayList<>(first.values());
        Collections.shuffle(all, new Random(17));
        return all.subList(0, Math.min(count, all.size()));
    }

    private static int notesWith(String database, String stamp) throws SQLException {
        try (Connection c = DriverManager.getConnection(database, "root", "");
             PreparedStatement q = c.prepareStatement("select count(*) from plan_task_note where note_text like ?")) {
            q.setString(1, "%" + stamp + "-u%");
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Only this package's own lines: without a configuration, Logback would print every library's debugging. */
    static void quietLibraries() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.consilium.bench")).setLevel(Level.INFO);
    }
}
