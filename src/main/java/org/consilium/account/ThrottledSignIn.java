package org.consilium.account;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.consilium.security.SignInPauseStarted;
import org.consilium.security.SignInPausedException;
import org.consilium.security.SignInProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Password sign-in with local accounts, throttled (decision 0002): each attempt is counted before its
 * password is checked and refused without looking at the password while signing in is paused for the
 * typed name, the client address or both. The right password clears the counts; a wrong one lets the
 * pauses it started stand, announces them for the audit log and tells the login page. A name that no
 * account has gets the same answers as one that exists.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;
    private final ApplicationEventPublisher events;

    ThrottledSignIn(SignInThrottle throttle, LocalUserDetailsService users, PasswordEncoder encoder,
                    ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.events = events;
    }

    /** The address the attempt came from, as the sign-in form's request gave it. */
    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = address(attempt);
        SignInThrottle.Verdict verdict = again(() -> throttle.attempt(name, address));
        if (verdict instanceof SignInThrottle.Paused paused) {
            throw new SignInPausedException(paused.until());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException wrong) {
            List<SignInPauseStarted> pauses = ((SignInThrottle.Counted) verdict).pausesIfWrong();
            pauses.forEach(events::publishEvent);
            tellTheLoginPage(pauses);
            throw wrong;
        }
        again(() -> {
            throttle.succeeded(name, address);
            return null;
        });
        return signedIn;
    }

    /** How many times the counts are written before a sign-in gives up on the database's locks. */
    private static final int TRIES = 3;

    /**
     * Writes the counts, again if MariaDB chose this transaction to end a deadlock: many people may sign
     * in at the same moment from one address, and their counts share its row. The count written is the
     * same whichever order the transactions end in.
     */
    private static <T> T again(Supplier<T> write) {
        for (int tried = 1; ; tried++) {
            try {
                return write.get();
            } catch (PessimisticLockingFailureException deadlock) {
                if (tried == TRIES) {
                    throw deadlock;
                }
            }
        }
    }

    /** The login page says at once when the wrong password just given paused signing in. */
    private static void tellTheLoginPage(List<SignInPauseStarted> pauses) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            pauses.stream().map(SignInPauseStarted::until).max(Instant::compareTo).ifPresent(until ->
                    request.setAttribute(SignInProperties.JUST_PAUSED_ATTRIBUTE, until, RequestAttributes.SCOPE_SESSION));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
