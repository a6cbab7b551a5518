package org.consilium.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.Locale;
import org.consilium.security.SignInPausedException;
import org.consilium.security.SignInProperties;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Autowired
    Clock clock;

    @BeforeEach
    void english() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
    }

    @Test
    void the_login_page_lists_the_demo_accounts_in_demo_mode() {
        UI.getCurrent().navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.demoAccounts.getElement().getTextRecursively())
                .contains("intake", "curator", "supervisor", "school", "police", "health", "family", "admin");
    }

    @Test
    void a_wrong_password_shows_a_plain_error_that_does_not_say_what_was_wrong() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = _get(LoginView.class);
        assertThat(view.loginForm.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getMessage())
                .isEqualTo("The user name or the password is wrong. Check them and try again.");
    }

    @Test
    void the_wrong_password_that_starts_a_pause_says_so_and_for_how_long() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        VaadinSession.getCurrent().getSession().setAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE, clock.instant().plusSeconds(30));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getMessage()).isEqualTo(
                "The user name or the password is wrong. After several wrong attempts signing in is paused: try again in 30 seconds.");
    }

    @Test
    void an_attempt_while_paused_is_told_to_wait_in_minutes_the_same_for_any_name() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInPausedException(clock.instant().plusSeconds(61)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getMessage())
                .isEqualTo("Too many wrong attempts: signing in is paused for a short while. Try again in 2 minutes.");
    }

    @Test
    void in_ukrainian_the_pause_reads_in_ukrainian() {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("uk"));
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInPausedException(clock.instant().plusSeconds(10)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getMessage())
                .isEqualTo("Забагато неправильних спроб: вхід ненадовго призупинено. Спробуйте знову через 10 секунд.");
    }
}
