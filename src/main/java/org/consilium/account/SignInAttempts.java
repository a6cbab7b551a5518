package org.consilium.account;

import org.consilium.security.SignInProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts wrong passwords per account and locks the account for a while after too many in a row
 * ({@link SignInProperties}). A successful sign-in clears the count.
 */
@Component
class SignInAttempts {

    private final UserAccountService accounts;
    private final SignInProperties rules;

    SignInAttempts(UserAccountService accounts, SignInProperties rules) {
        this.accounts = accounts;
        this.rules = rules;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT);
        boolean locked = accounts.recordFailedSignIn(username, rules.maxFailedAttempts(), rules.lockDuration());
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (locked && request != null) {
            request.setAttribute(SignInProperties.JUST_LOCKED_ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_SESSION);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }
}
