/**
 * Referrals, urgency and response targets, the triage queue, and partners' own referrals.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account"})
package org.consilium.referral;

import org.springframework.modulith.ApplicationModule;
