package org.consilium.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Signing in with this name, from this address or both is paused after too many wrong passwords
 * (decision 0002). The password was not checked. Said the same way whether the name exists or not.
 */
public class SignInPausedException extends LockedException {

    private final Instant until;

    public SignInPausedException(Instant until) {
        super("Signing in is paused until " + until);
        this.until = until;
    }

    public Instant getUntil() {
        return until;
    }
}
