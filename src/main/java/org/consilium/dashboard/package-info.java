/**
 * Dashboards: a supervisor's view of the team (caseloads against the norm, cases by stage and level,
 * referral response times against the targets, overdue work by agency, outcomes of closed cases,
 * follow-ups whose results did not hold), a curator's own work and week, and a partner agency's
 * requests and tasks. Every figure is counted in the database and opens the list of what it counts.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "account", "agency", "referral", "casefile", "plan",
        "request", "monitoring"})
package org.consilium.dashboard;

import org.springframework.modulith.ApplicationModule;
