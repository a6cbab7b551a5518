package org.consilium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Optional;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How users prove who they are. The one seam between Consilium and its identity provider: local
 * accounts now, the organisation's Keycloak by profile. Exactly one bean of this type is active.
 */
public interface SignInMethod {

    void configure(VaadinSecurityConfigurer vaadin);

    /** The address where users sign in when that is not the portal's own login page. */
    default Optional<String> externalLoginPage() {
        return Optional.empty();
    }

    /** Anything the method needs on the filter chain besides Vaadin's part (the identity provider's sign-out calls). */
    default void configure(HttpSecurity http) throws Exception {
    }
}
