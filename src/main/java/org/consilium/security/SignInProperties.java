package org.consilium.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of local sign-in: after {@code maxFailedAttempts} wrong passwords in a row the account is
 * locked for {@code lockDuration}.
 */
@ConfigurationProperties("consilium.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration) {

    /**
     * Session attribute set when the wrong password just given locked the account, so that the
     * login page can say so at once rather than on the next attempt.
     */
    public static final String JUST_LOCKED_ATTRIBUTE = "consilium.signIn.justLocked";
}
