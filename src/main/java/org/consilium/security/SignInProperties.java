package org.consilium.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of local sign-in (decision 0002). Attempts are counted, before the password is looked at, per
 * typed user name and client address together ({@code pauseAfter}), per name from any address
 * ({@code pauseNameAfter}) and per address for any name ({@code pauseAddressAfter}), for names that
 * exist and names that do not alike. From that many on, each attempt pauses signing in for that pair,
 * name or address:
 * first for {@code firstPause}, twice as long with each further one, up to {@code longestPause}; a
 * name as such only up to {@code longestPauseOfAName}, so that nobody can keep another person out for
 * long; and not at all at an address where the name signed in within {@code rememberPlacesFor}.
 * Counts are forgotten after {@code forgetAfter} without a wrong password; the right password clears
 * the counts of the name, the address and the two.
 */
@ConfigurationProperties("consilium.sign-in")
public record SignInProperties(
        @DefaultValue("5") int pauseAfter,
        @DefaultValue("10") int pauseNameAfter,
        @DefaultValue("20") int pauseAddressAfter,
        @DefaultValue("30s") Duration firstPause,
        @DefaultValue("15m") Duration longestPause,
        @DefaultValue("2m") Duration longestPauseOfAName,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("30d") Duration rememberPlacesFor) {

    /**
     * Session attribute holding until when signing in is paused, set when the wrong password just given
     * started a pause, so that the login page can say so at once rather than on the next attempt.
     */
    public static final String JUST_PAUSED_ATTRIBUTE = "consilium.signIn.justPaused";
}
