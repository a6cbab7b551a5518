/**
 * Assessment of a family (decision 0024): the first meeting and the cooperation agreement, the initial
 * assessment by the seven domains with the family's strengths and the risks, whether the child is safe
 * now and the safety plan, the housing-conditions act, the in-depth assessment with the family's social
 * map, and re-assessments as new versions. Only social-services staff of the case read or write it.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "agency", "family", "account", "referral", "casefile",
        "casefile :: ui", "attachment", "attachment :: ui"})
package org.consilium.assessment;

import org.springframework.modulith.ApplicationModule;
