package org.consilium;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import kotlin.jvm.functions.Function0;
import org.consilium.live.Presence;
import org.consilium.live.Presence.Present;
import org.consilium.live.Topics;
import org.consilium.live.ui.LiveNote;
import org.consilium.live.ui.PresenceBar;
import org.consilium.plan.OverdueTasks;
import org.consilium.plan.PlanActivity;
import org.consilium.plan.TaskStatus;
import org.consilium.plan.TaskWorkService;
import org.consilium.testing.Eventually;
import org.consilium.testing.SecurityAwareFakeRequest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestRedis;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.ViewRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Two portal nodes as a deployment of several runs them (decisions 0035, 0030): two application
 * contexts, each with its own web server, on one MariaDB database of their own
 * ({@code consilium_two_nodes}, made afresh) and one Redis, with {@code consilium.live.relay=redis}. What
 * is done on node A reaches a page open on node B through Redis alone: the nodes share no memory but the
 * JVM's security context holder, which holds only who is signed in on each thread. The morning check of
 * overdue tasks, started on both nodes at the same moment, runs on one of them and tells once.
 */
class TwoNodesTest {

    private static final String DATABASE = "consilium_two_nodes";
    /** What the requirement allows from a change on one node to a page open on another. */
    private static final Duration ACROSS_NODES = Duration.ofSeconds(2);

    /** Whose security context holder the JVM used before: the other tests' contexts' own. */
    static SecurityContextHolderStrategy before;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static Routes routes;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        TestRedis.requireRunning();
        before = SecurityContextHolder.getContextHolderStrategy();
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/consilium_test");
        String server = url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()) + 1);
        String user = System.getenv().getOrDefault("TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
        try (var c = DriverManager.getConnection(server, user, password); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // This run's own channels: another build on the same Redis does not hear these nodes.
        String channel = SignedIn.unique("consilium-test:");
        String[] both = {"--spring.datasource.url=" + server + DATABASE, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--server.port=0", "--consilium.demo.mode=on",
                // Light on the database beside the other tests' contexts, which keep their connections open.
                "--spring.datasource.hikari.minimum-idle=2",
                "--consilium.live.relay=redis", "--consilium.live.redis-channel=" + channel,
                "--spring.data.redis.host=" + TestRedis.HOST, "--spring.data.redis.port=" + TestRedis.PORT,
                // The morning checks run when the test says, not by the clock.
                "--consilium.notices.overdue-cron=-"};
        nodeA = node().run(named("a", both));
        // The demo data's own events told, so that node B, starting, has none left over to deliver again.
        Eventually.allEventsDelivered(nodeA.getBean(JdbcTemplate.class));
        SecurityContextHolderStrategy signIns = nodeA.getBean(SecurityContextHolderStrategy.class);
        nodeB = node()
                // One JVM has one static security context holder, which each node would set to its own; the
                // nodes share one, which keeps per thread who is signed in, as each node's own would.
                .initializers(context -> context.getBeanFactory().registerSingleton("sharedSignIns", signIns))
                .run(named("b", both));
        routes = ViewRoutes.all();
    }

    private static SpringApplicationBuilder node() {
        return new SpringApplicationBuilder(ConsiliumApplication.class, OverdueFound.class).profiles("test");
    }

    private static String[] named(String name, String[] properties) {
        String[] all = Arrays.copyOf(properties, properties.length + 1);
        all[properties.length] = "--spring.application.name=consilium-" + name;
        return all;
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    @AfterEach
    void closePages() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_task_done_on_node_a_shows_within_two_seconds_on_the_plan_page_open_on_node_b() throws Exception {
        TestPlans plansOnA = nodeA.getBean(TestPlans.class);
        PlanningCase c = plansOnA.caseInPlanning();
        long planId = plansOnA.draftWithTasks(c);
        plansOnA.agreeApproveActivate(c, planId);
        long task = ((Number) plansOnA.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();
        long version = nodeA.getBean(JdbcTemplate.class).queryForObject("SELECT version FROM plan_task WHERE id = ?", Long.class,
                task);

        openOnThisThread(nodeB, "curator", "plan/" + c.caseId());
        LiveNote note = onPage(LiveNote.class);
        BooleanSupplier toldOfTheSchoolsReport = () -> {
            MockVaadin.runUIQueue();
            return note.isVisible() && note.getText().startsWith("Наталія Гнатюк marked a task done");
        };
        assertThat(toldOfTheSchoolsReport.getAsBoolean()).isFalse();

        nodeA.getBean(SignedIn.class).as("school",
                () -> nodeA.getBean(TaskWorkService.class).reportProgress(task, version, TaskStatus.DONE, null, false));
        within(ACROSS_NODES, "the curator's plan page on node B shows the school's report made on node A",
                toldOfTheSchoolsReport);
    }

    @Test
    void who_has_a_plan_open_on_one_node_is_shown_on_the_same_plan_open_on_the_other() throws Exception {
        TestPlans plansOnA = nodeA.getBean(TestPlans.class);
        PlanningCase c = plansOnA.caseInPlanning();
        long planId = plansOnA.draftWithTasks(c);
        plansOnA.agreeApproveActivate(c, planId);

        openInASessionOfItsOwn(nodeA, "school", "plan/" + c.caseId());
        openOnThisThread(nodeB, "curator", "plan/" + c.caseId());
        PresenceBar alsoHere = onPage(PresenceBar.class);
        // Node A answers node B's arrival on the plan with who is there, rather than at its next sweep.
        Eventually.until("the curator's page on node B lists the school's page open on node A", () -> {
            MockVaadin.runUIQueue();
            return alsoHere.others().stream().map(Present::username).toList().contains("school");
        });
        assertThat(alsoHere.isVisible()).isTrue();
        assertThat(alsoHere.others()).filteredOn(p -> p.username().equals("school")).singleElement()
                .satisfies(p -> assertThat(p.fullName()).isEqualTo("Наталія Гнатюк"));
        Presence presenceOnA = nodeA.getBean(Presence.class);
        Eventually.until("node A knows the curator is on the plan at node B", () -> presenceOnA.present(Topics.ofPlan(c.caseId()))
                .stream().map(Present::username).toList().contains("curator"));
    }

    @Test
    void the_overdue_check_started_on_both_nodes_at_once_runs_on_one_and_tells_the_family_once() throws Exception {
        TestPlans plansOnA = nodeA.getBean(TestPlans.class);
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        PlanningCase c = plansOnA.caseInPlanning();
        long planId = plansOnA.draftWithTasks(c);
        plansOnA.agreeApproveActivate(c, planId);
        Eventually.allEventsDelivered(jdbc);
        long task = ((Number) plansOnA.task(planId, "Будити Ігоря о 7:00").get("id")).longValue();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        jdbc.update("UPDATE plan_task SET due_on = ? WHERE id = ?", yesterday, task);
        String address = SignedIn.unique("mama").toLowerCase(Locale.ROOT) + "@example.org";
        jdbc.update("UPDATE user_account SET email = ? WHERE username = ?", address, c.familyUser());

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService morning = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = List.of(nodeA, nodeB).stream().map(node -> morning.submit(() -> {
                together.await();
                node.getBean(OverdueTasks.class).everyMorning();
                return null;
            })).toList();
            for (Future<Object> run : runs) {
                run.get();
            }
        } finally {
            morning.shutdown();
        }

        // The lock's part: one node found the task and published it; the other did not run the check.
        // Without the lock both would have, and only the notices' once-key would keep the family from
        // being told twice.
        long found = nodeA.getBean(OverdueFound.class).cases.stream().filter(id -> id == c.caseId()).count()
                + nodeB.getBean(OverdueFound.class).cases.stream().filter(id -> id == c.caseId()).count();
        assertThat(found).as("nodes that ran the check for the case").isEqualTo(1);

        String once = "overdue:" + task + ":" + yesterday;
        Eventually.until("the family is told its task is overdue", () -> notices(jdbc, c.familyUser(), once) == 1);
        Eventually.allEventsDelivered(jdbc);
        assertThat(notices(jdbc, c.familyUser(), once)).isEqualTo(1);
        assertThat(notices(jdbc, "curator", once)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE recipients LIKE ?", Integer.class,
                "%" + address + "%")).as("mails to the family").isEqualTo(1);
    }

    private static int notices(JdbcTemplate jdbc, String username, String once) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notice n JOIN user_account u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.once_key = ?""", Integer.class, username, once);
    }

    /** Polls until the condition holds, and fails once {@code limit} has passed without it. */
    private static void within(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + limit.toMillis() + " ms: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** A page of {@code node} in a browserless UI on the test's thread, signed in as {@code username}, in English. */
    private static void openOnThisThread(ConfigurableApplicationContext node, String username, String location) {
        SecurityContextHolder.setContext(signedInAs(node, username));
        MockVaadin.setMockRequestFactory(SecurityAwareFakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, node, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(location);
    }

    /**
     * A page of {@code node} in a UI and session of its own, as another browser would have it, opened on
     * a thread of its own; its session is left free, so what the node pushes to it is shown at once.
     */
    private static void openInASessionOfItsOwn(ConfigurableApplicationContext node, String username, String location)
            throws InterruptedException {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread browser = new Thread(() -> {
            try {
                SecurityContext security = signedInAs(node, username);
                SecurityContextHolder.setContext(security);
                MockVaadin.setMockRequestFactory(SecurityAwareFakeRequest::new);
                Function0<UI> uiFactory = UI::new;
                MockVaadin.setup(uiFactory, new MockSpringServlet(routes, node, uiFactory));
                VaadinSession session = VaadinSession.getCurrent();
                // Where the security context holder finds the page's user when a change is shown in its session.
                session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
                UI.getCurrent().navigate(location);
                while (session.hasLock()) {
                    session.unlock();
                }
            } catch (Throwable e) {
                failed.set(e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        browser.start();
        browser.join();
        assertThat(failed.get()).as("opening " + location + " on the other node").isNull();
    }

    /** The one component of this type on the current page, shown or hidden (hidden until a page is told). */
    private static <T extends Component> T onPage(Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(UI.getCurrent(), type, found);
        assertThat(found).as(type.getSimpleName() + " on the page").hasSize(1);
        return found.getFirst();
    }

    private static <T extends Component> void collect(Component root, Class<T> type, List<T> found) {
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        root.getChildren().forEach(child -> collect(child, type, found));
    }

    private static SecurityContext signedInAs(ConfigurableApplicationContext node, String username) {
        UserDetails user = node.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return security;
    }

    /**
     * The cases whose overdue tasks one node's morning check found and published. Given to each node as a
     * source of its own, not found by the component scan that the other tests share.
     */
    static class OverdueFound {

        final List<Long> cases = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PlanActivity a) {
            if (a.kind() == PlanActivity.Kind.TASK_OVERDUE) {
                cases.add(a.caseId());
            }
        }
    }
}
