/**
 * The notification centre (decision 0030): what each user is told of the changes that concern them —
 * in the bell of every page, and by e-mail at once, in a daily digest, or not at all, as they choose.
 * It consumes the other modules' events after their commit (decision 0029) and finds overdue work on a
 * schedule that one node runs at a time.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "mail", "agency", "family", "account", "referral", "casefile", "plan",
        "request", "meeting", "monitoring", "live"})
package org.consilium.notice;

import org.springframework.modulith.ApplicationModule;
