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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import org.consilium.base.Languages;
import org.consilium.security.LoginHints;
import org.consilium.security.SignInProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page for local accounts; lists the demo accounts in the embedded demo mode only. Public
 * because the security configuration names it as the login view.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    final Div demoAccounts = new Div();
    final HorizontalLayout languages = new HorizontalLayout();
    /** The texts the login form shows now, including its error message. */
    LoginI18n texts;
    private final SignInProperties signIn;
    private final java.util.Optional<String> externalLogin;

    LoginView(ObjectProvider<LoginHints> hints, SignInProperties signIn, org.consilium.security.SignInMethod method) {
        this.signIn = signIn;
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
        LoginHints provided = hints.getIfAvailable();
        if (provided != null && !provided.accounts().isEmpty()) {
            showDemoAccounts(provided.accounts());
            add(demoAccounts);
        }
    }

    private void showTexts(String errorMessageKey) {
        texts = i18n(errorMessageKey);
        loginForm.setI18n(texts);
    }

    private LoginI18n i18n(String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessageKey == null ? getTranslation("login.error.badCredentials")
                : getTranslation(errorMessageKey, signIn.maxFailedAttempts(), signIn.lockDuration().toMinutes()));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
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
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            boolean justLocked = Boolean.TRUE.equals(session.getAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE));
            session.removeAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE);
            showTexts(last instanceof LockedException || justLocked ? "login.error.locked" : null);
            loginForm.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
