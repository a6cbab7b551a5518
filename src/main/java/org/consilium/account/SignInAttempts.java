package org.consilium.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts the wrong passwords typed for an account that has the name, to tell its owner at their next
 * sign-in (decision 0002); the pauses of signing in are {@link ThrottledSignIn}'s.
 */
@Component
class SignInAttempts {

    private final UserAccountService accounts;

    SignInAttempts(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }
}
