package org.consilium.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.security.SignInProperties;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in through the real security filter chain, as the login form posts it. */
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

    private String username;

    @BeforeEach
    void createAccount() {
        username = staff.create("lock.", "Петро Іваненко", AppRoles.POLICE, AgencyType.POLICE, PASSWORD);
    }

    private MvcResult signIn(String user, String password) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())).andReturn();
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        MvcResult result = signIn(username, PASSWORD);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_answer() throws Exception {
        MvcResult wrongPassword = signIn(username, "nope");
        MvcResult unknownUser = signIn("nobody-" + username, "nope");
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).endsWith("login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_and_then_even_the_right_one_is_refused() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "wrong-" + i).getResponse().getRedirectedUrl()).endsWith("login?error");
        }
        assertThat(repository.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();

        MvcResult whileLocked = signIn(username, PASSWORD);
        assertThat(whileLocked.getResponse().getStatus()).isEqualTo(302);
        assertThat(whileLocked.getResponse().getRedirectedUrl()).endsWith("login?error");
        assertThat(whileLocked.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void the_wrong_password_that_locks_the_account_tells_the_login_page_at_once() throws Exception {
        for (int i = 0; i < 4; i++) {
            MvcResult notYet = signIn(username, "wrong-" + i);
            assertThat(notYet.getRequest().getSession().getAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE)).isNull();
        }
        MvcResult fifth = signIn(username, "wrong-4");
        assertThat(fifth.getRequest().getSession().getAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void when_the_lock_has_run_out_the_right_password_signs_in_again() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-" + i);
        }
        jdbc.update("update user_account set locked_until = ? where username = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), username);

        MvcResult result = signIn(username, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void a_session_ends_at_its_next_request_once_the_administrator_disables_the_account() throws Exception {
        MvcResult signedInResult = signIn(username, PASSWORD);
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

    @Test
    void a_successful_sign_in_clears_the_count_of_wrong_passwords() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong-" + i);
        }
        assertThat(repository.findByUsername(username).orElseThrow().getFailedSignIns()).isEqualTo(4);

        signIn(username, PASSWORD);

        UserAccount after = repository.findByUsername(username).orElseThrow();
        assertThat(after.getFailedSignIns()).isZero();
        assertThat(after.getLockedUntil()).isNull();
    }
}
