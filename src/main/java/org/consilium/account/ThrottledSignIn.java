package org.consilium.account;

import java.util.Optional;
import org.consilium.security.SignInPausedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with local accounts, refused without looking at the password while signing in is
 * paused for the typed name, the client address or both (decision 0002). A name that no account has
 * gets the same answers as one that exists.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, LocalUserDetailsService users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    /** The address the attempt came from, as the sign-in form's request gave it. */
    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        Optional<java.time.Instant> paused = throttle.pausedUntil(attempt.getName(), address(attempt));
        if (paused.isPresent()) {
            throw new SignInPausedException(paused.get());
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
