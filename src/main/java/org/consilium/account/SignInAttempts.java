package org.consilium.account;

import java.time.Instant;
import java.util.List;
import org.consilium.security.SignInPauseStarted;
import org.consilium.security.SignInProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts wrong passwords for the pauses of signing in ({@link SignInThrottle}) and, for an account
 * that has the name, to tell its owner at their next sign-in; a pause that starts is announced for the
 * audit log. The right password clears the name's counts.
 */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;

    SignInAttempts(SignInThrottle throttle, UserAccountService accounts, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        List<SignInPauseStarted> pauses = throttle.failed(name, ThrottledSignIn.address(event.getAuthentication()));
        accounts.recordFailedSignIn(name);
        pauses.forEach(events::publishEvent);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            pauses.stream().map(SignInPauseStarted::until).max(Instant::compareTo).ifPresent(until ->
                    request.setAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE, until, RequestAttributes.SCOPE_SESSION));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        throttle.succeeded(name, ThrottledSignIn.address(event.getAuthentication()));
        accounts.recordSuccessfulSignIn(name);
    }
}
