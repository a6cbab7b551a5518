package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.security.SignInPausedException;
import org.consilium.security.SignInProperties;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sign-in through the real security filter chain, as the login form posts it: wrong passwords pause
 * signing in per name and address, per name and per address, and a name that exists is answered as
 * one that does not (decision 0002).
 */
@MariaDbTest
@AutoConfigureMockMvc
class SignInLockoutTest {

    private static final String PASSWORD = "right-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private String username;

    @BeforeEach
    void createAccount() {
        username = staff.create("lock.", "Петро Іваненко", AppRoles.POLICE, AgencyType.POLICE, PASSWORD);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    /** An address of its own for each test, so that tests do not pause each other. */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private MvcResult signIn(String user, String password, String from) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn();
    }

    private static boolean signedIn(MvcResult result) {
        return result.getResponse().getStatus() == 302 && !result.getResponse().getRedirectedUrl().contains("error");
    }

    /** What the login page is told after an attempt: the failure's kind, and whether a pause just started. */
    private static String answer(MvcResult result) {
        var session = result.getRequest().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return result.getResponse().getRedirectedUrl() + " " + (failure == null ? "-" : failure.getClass().getSimpleName())
                + (session.getAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE) != null ? " paused" : "");
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        assertThat(signedIn(signIn(username, PASSWORD, address()))).isTrue();
    }

    @Test
    void an_unknown_name_gets_the_same_answers_as_an_account_all_the_way_to_a_pause() throws Exception {
        List<List<String>> answers = new ArrayList<>();
        for (String name : List.of(username, "nobody-" + username)) {
            String from = address();
            List<String> these = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                these.add(answer(signIn(name, "wrong-" + i, from)));
            }
            answers.add(these);
        }
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(0)).containsExactly(
                "/login?error BadCredentialsException", "/login?error BadCredentialsException",
                "/login?error BadCredentialsException", "/login?error BadCredentialsException",
                "/login?error BadCredentialsException paused", "/login?error SignInPausedException");
    }

    @Test
    void while_paused_even_the_right_password_is_refused_from_that_address_but_not_from_another() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-" + i, from);
        }
        MvcResult paused = signIn(username, PASSWORD, from);
        assertThat(signedIn(paused)).isFalse();
        assertThat(paused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInPausedException.class);

        assertThat(signedIn(signIn(username, PASSWORD, address()))).as("the owner at another computer").isTrue();
    }

    @Test
    void a_pause_ends_by_itself_and_each_further_wrong_password_doubles_it() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-" + i, from);
        }
        Instant first = ((SignInPausedException) signIn(username, PASSWORD, from).getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).getUntil();
        assertThat(Duration.between(clock.instant(), first)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        MvcResult sixth = signIn(username, "wrong-5", from);
        assertThat(sixth.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(BadCredentialsException.class);
        Instant second = (Instant) sixth.getRequest().getSession().getAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE);
        assertThat(Duration.between(clock.instant(), second)).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(61));
        assertThat(signedIn(signIn(username, PASSWORD, from))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_attempt WHERE subject LIKE ?", Long.class, "%" + username + "%"))
                .as("the right password clears the name's counts").isZero();
    }

    @Test
    void keeping_a_name_out_from_every_address_takes_ten_attempts_never_lasts_more_than_two_minutes_and_not_where_it_signed_in() throws Exception {
        String home = address();
        for (int i = 0; i < 9; i++) {
            signIn(username, "wrong-" + i, address());
        }
        assertThat(signedIn(signIn(username, PASSWORD, home))).as("nine wrong passwords from many places").isTrue();

        for (int i = 0; i < 10; i++) {
            signIn(username, "wrong-" + i, address());
        }
        for (int round = 0; round < 4; round++) {
            MvcResult elsewhere = signIn(username, PASSWORD, address());
            SignInPausedException paused = (SignInPausedException) elsewhere.getRequest().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            assertThat(Duration.between(clock.instant(), paused.getUntil())).isLessThanOrEqualTo(Duration.ofMinutes(2));
            clock.advance(Duration.between(clock.instant(), paused.getUntil()).plusSeconds(1));
            signIn(username, "wrong-again", address());
        }
        assertThat(signedIn(signIn(username, PASSWORD, home))).as("the owner at the computer they signed in from before").isTrue();
    }

    @Test
    void attempts_sent_at_the_same_time_do_not_slip_past_a_pause() throws Exception {
        String from = address();
        int parallel = 10;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> sent = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            int n = i;
            sent.add(pool.submit(() -> {
                start.await();
                return signIn(username, "wrong-" + n, from);
            }));
        }
        start.countDown();
        List<String> failures = new ArrayList<>();
        for (Future<MvcResult> f : sent) {
            MvcResult result = f.get(60, TimeUnit.SECONDS);
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            failures.add(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION).getClass().getSimpleName());
        }
        pool.shutdown();
        assertThat(failures).filteredOn("BadCredentialsException"::equals).as("passwords checked").hasSize(5);
        assertThat(failures).filteredOn("SignInPausedException"::equals).hasSize(parallel - 5);
    }

    @Test
    void an_address_that_types_twenty_wrong_passwords_for_any_names_is_paused_for_every_name() throws Exception {
        String from = address();
        for (int i = 0; i < 20; i++) {
            signIn("guess-" + i + "-" + username, "wrong", from);
        }
        assertThat(signIn(username, PASSWORD, from).getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInPausedException.class);
    }

    @Test
    void the_owner_is_told_of_wrong_passwords_at_their_next_sign_in_and_a_pause_is_in_the_audit_log() throws Exception {
        String from = address();
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-" + i, from);
        }
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE username = ? AND action = 'SIGN_IN_PAUSED'",
                String.class, username)).singleElement().satisfies(d -> assertThat(d).startsWith("NAME_AND_ADDRESS " + from + " until "));
        assertThat(signedIn.as(username, () -> accounts.myUnseenFailedSignIns())).as("not before the next sign-in").isEmpty();

        assertThat(signedIn(signIn(username, PASSWORD, address()))).isTrue();
        UserAccountService.FailedSignIns told = signedIn.as(username, () -> accounts.myUnseenFailedSignIns()).orElseThrow();
        assertThat(told.count()).isEqualTo(5);
        assertThat(told.last()).isBetween(clock.instant().minusSeconds(60), clock.instant());

        signedIn.as(username, () -> accounts.dismissMyFailedSignIns());
        assertThat(signedIn.as(username, () -> accounts.myUnseenFailedSignIns())).isEmpty();
    }

    @Test
    void a_session_ends_at_its_next_request_once_the_administrator_disables_the_account() throws Exception {
        MvcResult signedInResult = signIn(username, PASSWORD, address());
        MockHttpSession session = (MockHttpSession) signedInResult.getRequest().getSession();
        MvcResult before = mvc.perform(get("/actuator/health").session(session)).andReturn();
        assertThat(before.getResponse().getStatus()).isEqualTo(200);

        UserAccount account = repository.findByUsername(username).orElseThrow();
        signedIn.as("admin", () -> {
            UserAccountService.Editable editable = accounts.edit(account.getId()).orElseThrow();
            editable.details().setEnabled(false);
            return accounts.update(editable.id(), editable.version(), editable.details());
        });

        MvcResult after = mvc.perform(get("/actuator/health").session(session)).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).as("the start page, which asks to sign in").isEqualTo("/");
        assertThat(session.isInvalid()).isTrue();
    }
}
