package org.consilium.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * One filter chain for the whole portal. Views declare who may open them; services check role and
 * object again ({@code jsr250Enabled}), because hiding a button is only a courtesy.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** As strict as Vaadin allows; see docs/decisions/0012-sessions-and-security-headers.md. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInMethod signIn) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Any other actuator endpoint an operator switches on is for administrators only.
                .requestMatchers("/actuator/**").hasRole(AppRoles.ADMIN)
                .requestMatchers("/styles/**", "/scripts/**", "/icons/**").permitAll()
                // Calendar subscriptions: calendar programs cannot sign in; the secret in the address is
                // the key and the meeting module checks it. Named here, before Vaadin's configurer adds its
                // own matchers and the catch-all below, so that it stays open whatever the catch-all says.
                .requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll());
        http.headers(headers -> headers
                // Written before the request goes on: Vaadin's pages are answered through a forward that
                // commits the response where the filter cannot see it, so headers written at the end
                // would be lost (and Vaadin then keeps our X-Frame-Options instead of its own).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // Vaadin's client needs inline scripts and eval (executeJs) and inline styles; everything
                // else comes from the portal itself, and no other site may frame it.
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        // Another site's posts are refused before anything can start a session (login CSRF, forced sign-out).
        http.addFilterAfter(new CrossSiteRequestFilter(), HeaderWriterFilter.class);
        http.csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokens()));
        signIn.configure(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            signIn.configure(vaadin);
            // Addresses that match no view must reach Vaadin, which shows the friendly not-found page
            // instead of a bare 403. Every view still checks its own access annotation.
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
        }).build();
    }

    /** Method security tells of every refused call, so that the audit log can keep it. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /**
     * Spring's events for sign-in failures, with a refused attempt during a pause reported like an
     * attempt on a locked account (the audit log keeps it; the pause counts it as no wrong password).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInPausedException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
