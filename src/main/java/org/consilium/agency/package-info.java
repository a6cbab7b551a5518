/**
 * Agencies (organisations) and their administration.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.consilium.agency;

import org.springframework.modulith.ApplicationModule;
