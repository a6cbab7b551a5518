package org.consilium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * How users prove who they are. The one seam between Consilium and its identity provider: local
 * accounts now, the organisation's Keycloak by profile. Exactly one bean of this type is active.
 */
public interface SignInMethod {

    void configure(VaadinSecurityConfigurer vaadin);

    /** The address where users sign in when that is not the portal's own login page. */
    default java.util.Optional<String> externalLoginPage() {
        return java.util.Optional.empty();
    }

    /** Anything the method needs on the filter chain besides Vaadin's part (the identity provider's sign-out calls). */
    default void configure(org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
    }
}
