package org.consilium.casefile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of sharing without consent: an emergency override, and each renewal of it, holds for
 * {@code overrideDuration} (decision 0013).
 */
@ConfigurationProperties("consilium.sharing")
public record SharingProperties(@DefaultValue("72h") Duration overrideDuration) {

    public SharingProperties {
        if (overrideDuration == null || overrideDuration.isNegative() || overrideDuration.isZero()) {
            throw new IllegalArgumentException("consilium.sharing.override-duration must be positive, was " + overrideDuration);
        }
    }
}
