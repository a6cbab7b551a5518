/**
 * Demo data for the embedded first-run mode: agencies, families and one account per role, so that a
 * newcomer who starts Consilium can sign in as anyone and see it working.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "referral", "casefile", "plan", "request", "meeting", "assessment", "monitoring"})
package org.consilium.demo;

import org.springframework.modulith.ApplicationModule;
