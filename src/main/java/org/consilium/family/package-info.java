/**
 * Families with their members and categories, spelling-tolerant duplicate detection and search.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency"})
package org.consilium.family;

import org.springframework.modulith.ApplicationModule;
