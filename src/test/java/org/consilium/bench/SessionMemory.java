package org.consilium.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heap a signed-in HTTP session with a case page open keeps on the running portal: a class
 * histogram of the live heap ({@code jcmd <pid> GC.class_histogram}, which collects garbage first)
 * before and after {@code sessions} curators have signed in ({@link FlowClient}) and opened one of their
 * cases from their home page, the sessions kept; the difference divided by their number, and the
 * classes that grew most. Then everyone signs out and the heap is counted a third time. See
 * docs/performance.md, "Many users".
 *
 * <p>System properties: {@code sessions} (200), {@code url}, {@code db} and {@code portalPid} as for
 * {@link LoadDriver}.
 */
public final class SessionMemory {

    private static final Logger log = LoggerFactory.getLogger(SessionMemory.class);
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
    private static final int TOP = 20;
    private static final int AT_ONCE = 4;

    private SessionMemory() {
    }

    /** Live objects per class: how many and how many bytes, and the totals. */
    record Histogram(Map<String, long[]> classes, long instances, long bytes) {
    }

    public static void main(String[] args) throws Exception {
        LoadDriver.quietLibraries();
        int sessions = Integer.getInteger("sessions", 200);
        LoadDriver.Settings settings = LoadDriver.Settings.fromSystemProperties();
        long pid = settings.portalPid();
        if (pid == 0) {
            throw new IllegalStateException("the portal's process was not found; give -DportalPid=…");
        }
        List<LoadUser.Curator> curators = LoadDriver.curators(settings.database(), sessions);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Machine.waitUntilQuiet(log);

        Histogram before = histogram(pid);
        List<FlowClient> open = openCasePages(http, settings.portal(), curators);
        Histogram after = histogram(pid);
        log.info("live heap before: {} KB; with {} sessions, each with a case page open: {} KB; per session: {} KB",
                before.bytes() / 1024, open.size(), after.bytes() / 1024, (after.bytes() - before.bytes()) / 1024 / open.size());
        log.info("heap after a full collection (GC.heap_info): {}", heapUsed(pid));
        report(before, after, open.size());

        for (FlowClient tab : open) {
            tab.signOut();
        }
        Histogram signedOut = histogram(pid);
        log.info("after all {} signed out: {} KB ({} KB per session above the start)", open.size(), signedOut.bytes() / 1024,
                (signedOut.bytes() - before.bytes()) / 1024 / open.size());
    }

    /** Each curator signs in and follows a link from the home page to their case; a few at a time. */
    private static List<FlowClient> openCasePages(HttpClient http, URI portal, List<LoadUser.Curator> curators) throws Exception {
        List<Future<FlowClient>> pending = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, Thread.ofVirtual().factory())) {
            for (LoadUser.Curator c : curators) {
                pending.add(pool.submit(() -> {
                    FlowClient tab = new FlowClient(http, portal);
                    tab.open("login");
                    tab.signIn(c.username(), LoadDriver.PASSWORD);
                    tab.navigate("case/" + c.caseId(), "link");
                    if (tab.tree().all(n -> ("plan/" + c.caseId()).equals(n.attribute("href"))).isEmpty()) {
                        throw new FlowClient.StepFailed(c.username() + ": the case page did not open");
                    }
                    tab.sendFollowUps();
                    return tab;
                }));
            }
        }
        List<FlowClient> open = new ArrayList<>();
        for (Future<FlowClient> f : pending) {
            open.add(f.get());
        }
        return open;
    }

    private static void report(Histogram before, Histogram after, int sessions) {
        Map<String, long[]> grown = new HashMap<>();
        after.classes().forEach((name, counts) -> {
            long[] was = before.classes().getOrDefault(name, new long[2]);
            grown.put(name, new long[] {counts[0] - was[0], counts[1] - was[1]});
        });
        List<Map.Entry<String, long[]>> top = new ArrayList<>(grown.entrySet());
        top.sort(Collections.reverseOrder(Map.Entry.comparingByValue((a, b) -> Long.compare(a[1], b[1]))));
        log.info("| class | instances per session | bytes per session | share |");
        long total = after.bytes() - before.bytes();
        for (Map.Entry<String, long[]> e : top.subList(0, Math.min(TOP, top.size()))) {
            log.info(String.format("| %s | %.0f | %,d | %.1f %% |", e.getKey(), e.getValue()[0] / (double) sessions,
                    e.getValue()[1] / sessions, 100.0 * e.getValue()[1] / total));
        }
    }

    static Histogram histogram(long pid) throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        long instances = 0;
        long bytes = 0;
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher row = ROW.matcher(line);
            Matcher total = TOTAL.matcher(line);
            if (row.find()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (total.find()) {
                instances = Long.parseLong(total.group(1));
                bytes = Long.parseLong(total.group(2));
            }
        }
        return new Histogram(classes, instances, bytes);
    }

    private static String heapUsed(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        return jcmd(pid, "GC.heap_info").lines().filter(l -> l.contains("used")).findFirst().orElse("?").trim();
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
