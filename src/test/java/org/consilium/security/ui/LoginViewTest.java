package org.consilium.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.consilium.security.SignInProperties;
import org.consilium.testing.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

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
    void the_wrong_password_that_locks_the_account_already_says_it_is_locked() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        VaadinSession.getCurrent().getSession().setAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE, Boolean.TRUE);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getMessage()).startsWith("This account is locked");
    }

    @Test
    void a_locked_account_is_told_that_it_is_locked_and_for_how_long() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).texts.getErrorMessage().getMessage())
                .isEqualTo("This account is locked for up to 15 minutes after 5 wrong passwords in a row. Try again later or ask your administrator.");
    }
}
