package org.consilium.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.consilium.security.SignInMethod;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organisation's Keycloak with OpenID Connect (profile {@code keycloak},
 * decision 0011). The portal has no login page of its own: an unknown visitor goes to Keycloak's.
 * Signing out ends the Keycloak session too, and Keycloak ending a session (an administrator, or
 * sign-out from another application) ends the portal's through the back-channel.
 */
@Component
@Profile("keycloak")
class KeycloakSignIn implements SignInMethod {

    /** Where Spring Security starts the authorization-code flow for the registration "keycloak". */
    static final String LOGIN_PAGE = "/oauth2/authorization/keycloak";

    @Override
    public void configure(VaadinSecurityConfigurer vaadin) {
        // After Keycloak's sign-out page the browser comes back to the portal's start, which sends an
        // unknown visitor to Keycloak's login page again.
        vaadin.oauth2LoginPage(LOGIN_PAGE, "{baseUrl}");
    }

    @Override
    public Optional<String> externalLoginPage() {
        return Optional.of(LOGIN_PAGE);
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
    }
}
