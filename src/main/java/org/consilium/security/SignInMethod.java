package org.consilium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * How users prove who they are. The one seam between Consilium and its identity provider: local
 * accounts now, the organisation's Keycloak by profile. Exactly one bean of this type is active.
 */
public interface SignInMethod {

    void configure(VaadinSecurityConfigurer vaadin);
}
