/**
 * Working days: Monday to Friday, except the holidays an administrator lists (decision 0018). Due dates
 * counted in working days (information requests) and school days in a report period come from here.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.consilium.calendar;

import org.springframework.modulith.ApplicationModule;
