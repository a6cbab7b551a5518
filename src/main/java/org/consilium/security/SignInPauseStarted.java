package org.consilium.security;

import java.time.Instant;

/**
 * A wrong password started (or lengthened) a pause of signing in, for the audit log and, once
 * notifications exist, for the administrators.
 *
 * @param typedName the user name that was typed (an account's or not), as sign-in compares names
 * @param address the client address (or its network) that is paused, if one is
 * @param scope what is paused: the name, the client address, or the two together
 * @param until when signing in may be tried again
 */
public record SignInPauseStarted(String typedName, String address, Scope scope, Instant until) {

    public enum Scope {
        NAME, ADDRESS, NAME_AND_ADDRESS
    }
}
