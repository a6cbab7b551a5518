/**
 * User accounts, the signed-in user and their language, sign-in pauses, the first administrator,
 * and sign-in through Keycloak.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family"})
package org.consilium.account;

import org.springframework.modulith.ApplicationModule;
