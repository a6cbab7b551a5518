/**
 * Monitoring a case while its plan is worked: the contacts with the family (visits, calls,
 * consultations, meetings at the office, accompaniment), each on the case's timeline, from which the
 * family's own tasks can be ticked off; and the progress reviews of the plan.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "casefile", "casefile :: ui",
        "plan", "live", "live :: ui"})
package org.consilium.monitoring;

import org.springframework.modulith.ApplicationModule;
