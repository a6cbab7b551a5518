package org.consilium.account;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consilium.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Turns a Keycloak sign-in into a portal user: the realm roles (claim {@code roles}) are mapped to the
 * portal's roles here and nowhere else, and the agency (claim {@code agency}: its code) or the family
 * (claim {@code family}: its number in the portal) comes from the token. The local account is created
 * or brought up to date on every sign-in. A user with no known role, or without the agency or family
 * the role needs, is signed in without any role and sees "your account is not set up".
 */
@Configuration
@Profile("keycloak")
class KeycloakUsers {

    /** The only authority of a signed-in user whom the portal cannot place. */
    static final String NOT_SET_UP = "ACCOUNT_NOT_SET_UP";

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakUserService(IdentityProviderAccounts accounts) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
            Set<String> roles = new HashSet<>(Optional.ofNullable(user.getClaimAsStringList("roles")).orElse(List.of()));
            roles.retainAll(AppRoles.ALL);
            String fullName = user.getFullName() != null ? user.getFullName()
                    : String.join(" ", Optional.ofNullable(user.getGivenName()).orElse(""),
                    Optional.ofNullable(user.getFamilyName()).orElse("")).strip();
            Optional<UserAccount> account = accounts.take(username, fullName, roles,
                    user.getClaimAsString("agency"), user.getClaimAsString("family"));
            Set<GrantedAuthority> authorities = new HashSet<>();
            if (account.isPresent()) {
                account.get().getRoles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
            } else {
                log.warn("Keycloak user {} has no role, agency or family the portal knows; signed in as not set up", username);
                authorities.add(new SimpleGrantedAuthority(NOT_SET_UP));
            }
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        };
    }

    /** Tells Spring Security when sessions end, which the back-channel sign-out needs. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
