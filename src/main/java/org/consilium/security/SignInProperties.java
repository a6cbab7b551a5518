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
}
