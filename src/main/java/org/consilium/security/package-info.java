/**
 * Roles (AppRoles), the one security filter chain, the sign-in seam and the login page.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base"})
package org.consilium.security;

import org.springframework.modulith.ApplicationModule;
