/**
 * The shared family plan: versions of a case's plan agreed with the family, its SMART goals, and the
 * tasks of the family and of every agency taking part, with their progress (decision 0014).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "referral", "casefile", "casefile :: ui",
        "assessment", "live", "live :: ui"})
package org.consilium.plan;

import org.springframework.modulith.ApplicationModule;
