package org.consilium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.consilium.security.ui.LoginView;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Sign-in with a user name and a password stored (BCrypt-hashed) in Consilium's own database. */
@Component
@Profile("!keycloak")
class LocalAccountSignIn implements SignInMethod {

    @Override
    public void configure(VaadinSecurityConfigurer vaadin) {
        vaadin.loginView(LoginView.class);
    }
}
