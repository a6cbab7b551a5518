/**
 * Cases: a family's case from referral to closure and follow-up, moved through its stages by the
 * rules of {@link org.consilium.casefile.CaseStage}.
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "audit", "referral", "live", "live :: ui"})
package org.consilium.casefile;

import org.springframework.modulith.ApplicationModule;
