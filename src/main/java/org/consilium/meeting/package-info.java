/**
 * Consilium meetings: case conferences, territorial-group meetings and closing meetings, their
 * participants and invitations with the participants' answers.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "referral", "casefile", "casefile :: ui", "plan", "mail", "live", "live :: ui"})
package org.consilium.meeting;

import org.springframework.modulith.ApplicationModule;
