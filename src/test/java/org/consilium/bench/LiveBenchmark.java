package org.consilium.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kotlin.jvm.functions.Function0;
import org.consilium.live.LiveRelay;
import org.consilium.live.PageChange;
import org.consilium.plan.TaskWorkService;
import org.consilium.security.AppRoles;
import org.consilium.security.SystemAccess;
import org.consilium.testing.SecurityAwareFakeRequest;
import org.consilium.testing.ViewRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Live pages under load: {@code PAGES} open plan pages of the Коваленко case, each the curator's own
 * Vaadin UI in a session of its own (browserless, Karibu), with the page frame and its bell; the
 * school reports progress on its task, and each report reaches every page. Measures, per report, the
 * time from the commit until the last page has shown it (the relay's delivery on this node has
 * returned: every page asked whether its user may still see it, and shown again), and how many reports
 * a second reach all pages when they come back to back. Pushing to browsers over the network is not
 * included. Runs against its own database {@code consilium_bench_live}; see docs/performance.md.
 */
public final class LiveBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LiveBenchmark.class);
    private static final int PAGES = Integer.getInteger("pages", 200);
    private static final int EVENTS = 40;

    /** When the relay of this node finished handing each change to its pages. */
    static final BlockingQueue<Long> DELIVERED = new LinkedBlockingQueue<>();

    private LiveBenchmark() {
    }

    /**
     * The relay of one node, which notes when it has handed a plan's change to every page. Given to the
     * application as a source of its own (not found by the component scan, which the tests share).
     */
    static class TimedRelayConfig {
        @Bean
        @ConditionalOnProperty(name = "consilium.live.relay", havingValue = "timed")
        LiveRelay timedRelay() {
            return new LiveRelay() {
                private volatile Consumer<PageChange> receiver = c -> { };

                @Override
                public void send(PageChange change) {
                    receiver.accept(change);
                    if (change.topic().startsWith("case:") && change.whatKey().equals("live.plan.TASK_PROGRESS")) {
                        DELIVERED.add(System.nanoTime());
                    }
                }

                @Override
                public void receiveWith(Consumer<PageChange> receiver) {
                    this.receiver = receiver;
                }
            };
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("consilium.live.relay", "timed");
        // As the portal runs: in development mode Vaadin records where every component was made.
        System.setProperty("vaadin.productionMode", "true");
        ConfigurableApplicationContext ctx = Bench.start("consilium_bench_live", "", TimedRelayConfig.class);
        try {
            SecurityContextHolder.setContextHolderStrategy(ctx.getBean(SecurityContextHolderStrategy.class));
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long caseId = jdbc.queryForObject("""
                    SELECT c.id FROM family_case c JOIN family f ON f.id = c.family_id WHERE f.name = 'Коваленко'""", Long.class);
            long taskId = jdbc.queryForObject("""
                    SELECT t.id FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id JOIN family_plan p ON p.id = g.plan_id
                    JOIN agency a ON a.id = t.agency_id
                    WHERE p.case_id = ? AND p.status = 'ACTIVE' AND a.type = 'SCHOOL' ORDER BY t.id LIMIT 1""", Long.class, caseId);
            Routes routes = ViewRoutes.all();
            long opening = System.nanoTime();
            for (int i = 0; i < PAGES; i++) {
                Thread t = new Thread(() -> openPlanPage(ctx, routes, caseId));
                t.start();
                t.join();
            }
            log.info("{} plan pages open in {} s", PAGES, (System.nanoTime() - opening) / 1_000_000_000);
            TaskWorkService work = ctx.getBean(TaskWorkService.class);
            Runnable report = () -> SystemAccess.as("school", List.of(AppRoles.SCHOOL),
                    () -> work.reportProgress(taskId, jdbc.queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class,
                            taskId), null, "Відвідування відмічено", false));

            // Nothing else on its way to the pages: the demo's own events delivered, their marks forgotten.
            while (jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class) > 0) {
                Thread.sleep(100);
            }
            Thread.sleep(2000);
            DELIVERED.clear();

            // One report at a time: commit to the last page.
            for (int i = 0; i < 5; i++) {
                report.run();
                DELIVERED.poll(60, TimeUnit.SECONDS);
            }
            double[] millis = new double[EVENTS];
            for (int i = 0; i < EVENTS; i++) {
                long committed = System.nanoTime();
                report.run();
                Long delivered = DELIVERED.poll(60, TimeUnit.SECONDS);
                if (delivered == null) {
                    throw new IllegalStateException("A report did not reach the pages in a minute");
                }
                millis[i] = (delivered - committed) / 1_000_000.0;
            }
            Arrays.sort(millis);
            log.info(String.format("%d pages, one report at a time: commit to the last page p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                    PAGES, millis[EVENTS / 2], millis[EVENTS * 95 / 100], millis[EVENTS - 1]));

            // Back to back: how many reports a second reach all pages.
            long start = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                report.run();
            }
            for (int i = 0; i < EVENTS; i++) {
                if (DELIVERED.poll(120, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("Reports did not reach the pages in two minutes");
                }
            }
            double seconds = (System.nanoTime() - start) / 1_000_000_000.0;
            log.info(String.format("%d pages, %d reports back to back: %.1f reports a second reach every page (%.0f page updates a second)",
                    PAGES, EVENTS, EVENTS / seconds, EVENTS * PAGES / seconds));
        } finally {
            ctx.close();
        }
    }

    /** The curator's plan page in a UI and session of its own, as a browser's tab would have it; the session is left free. */
    private static void openPlanPage(ConfigurableApplicationContext ctx, Routes routes, long caseId) {
        UserDetails user = ctx.getBean(UserDetailsService.class).loadUserByUsername("curator");
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
        MockVaadin.setMockRequestFactory(SecurityAwareFakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        VaadinSession session = VaadinSession.getCurrent();
        // Where Vaadin's security context holder finds the user when a change is shown in the session.
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        UI.getCurrent().navigate("plan/" + caseId);
        while (session.hasLock()) {
            session.unlock();
        }
        SecurityContextHolder.clearContext();
    }

}
