/**
 * The frame around every signed-in page and each user's "My work" home.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "calendar", "agency", "family", "account", "referral", "casefile",
        "plan", "request", "notice", "notice :: ui", "live"})
package org.consilium.workspace;

import org.springframework.modulith.ApplicationModule;
