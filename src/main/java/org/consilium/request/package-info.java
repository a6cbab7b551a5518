/**
 * Information requests: a curator asks a school, the police or a health service about a child or the
 * whole family; the agency answers on a form for the kind of request, asks back, or declines; answers
 * that repeat feed a goal of the family plan.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "calendar", "attachment", "attachment :: ui", "agency",
        "family", "account", "casefile", "casefile :: ui", "plan", "assessment", "live", "live :: ui"})
package org.consilium.request;

import org.springframework.modulith.ApplicationModule;
