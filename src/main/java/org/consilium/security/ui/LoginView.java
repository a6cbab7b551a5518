package org.consilium.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consilium.base.Languages;
import org.consilium.base.ui.SkipLink;
import org.consilium.base.ui.TitledView;
import org.consilium.security.LoginHints;
import org.consilium.security.SignInMethod;
import org.consilium.security.SignInPausedException;
import org.consilium.security.SignInProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page for local accounts; lists the demo accounts in the embedded demo mode only. Public
 * because the security configuration names it as the login view.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    final LoginForm loginForm = new LoginForm();
    final Div demoAccounts = new Div();
    final HorizontalLayout languages = new HorizontalLayout();
    /** The texts the login form shows now, including its error message. */
    LoginI18n texts;
    private final Clock clock;
    private final Optional<String> externalLogin;

    LoginView(ObjectProvider<LoginHints> hints, Clock clock, SignInMethod method) {
        this.clock = clock;
        this.externalLogin = method.externalLoginPage();
        addClassName("login-view");
        setWidthFull();
        setMinHeight("100%");
        setAlignItems(Alignment.CENTER);

        H1 product = new H1(getTranslation("app.name"));
        product.addClassName("login-product");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        showTexts(null);

        for (Locale locale : Languages.SUPPORTED) {
            Button b = new Button(locale.getDisplayLanguage(locale), e -> switchLanguage(locale));
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
            languages.add(b);
        }
        languages.addClassName("login-languages");

        add(languages, product, tagline, loginForm);
        SkipLink.markMain(getElement());
        LoginHints provided = hints.getIfAvailable();
        if (provided != null && !provided.accounts().isEmpty()) {
            showDemoAccounts(provided.accounts());
            add(demoAccounts);
        }
    }

    private void showTexts(String errorMessage) {
        texts = i18n(errorMessage == null ? getTranslation("login.error.badCredentials") : errorMessage);
        loginForm.setI18n(texts);
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    /**
     * What the last attempt gets told: a wrong name or password, and whether signing in is now paused
     * and for how long. Said alike for names that exist and names that do not (decision 0002).
     */
    private String errorMessage(Object failure, Object justPaused) {
        if (failure instanceof SignInPausedException paused) {
            return getTranslation("login.error.paused", howLong(paused.getUntil()));
        }
        if (justPaused instanceof Instant until) {
            return getTranslation("login.error.wrongThenPaused", howLong(until));
        }
        return getTranslation("login.error.badCredentials");
    }

    /** The time left, rounded up: seconds under a minute, minutes from then on. */
    private String howLong(Instant until) {
        long millis = Math.max(0, Duration.between(clock.instant(), until).toMillis());
        long seconds = Math.max(1, (millis + 999) / 1000);
        return seconds < 60 ? getTranslation("login.pause.seconds", seconds)
                : getTranslation("login.pause.minutes", (seconds + 59) / 60);
    }

    private void showDemoAccounts(List<LoginHints.DemoAccount> accounts) {
        demoAccounts.addClassName("demo-accounts");
        demoAccounts.add(new H2(getTranslation("login.demo.title")));
        demoAccounts.add(new Paragraph(getTranslation("login.demo.text")));
        Div list = new Div();
        list.addClassName("demo-account-list");
        for (LoginHints.DemoAccount account : accounts) {
            Div row = new Div();
            row.addClassName("demo-account");
            Span username = new Span(account.username());
            username.addClassName("demo-username");
            row.add(username, new Span(getTranslation(account.roleKey())), new Span(account.fullName()));
            list.add(row);
        }
        Paragraph password = new Paragraph(getTranslation("login.demo.password", accounts.getFirst().password()));
        demoAccounts.add(list, password);
    }

    private void switchLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (externalLogin.isPresent()) {
            // Signing in happens at the identity provider: an old bookmark of this page leads there.
            event.forwardToUrl(externalLogin.get());
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            WrappedSession session = VaadinSession.getCurrent().getSession();
            Object justPaused = session.getAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE);
            session.removeAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE);
            showTexts(errorMessage(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION), justPaused));
            loginForm.setError(true);
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("login.title");
    }
}
