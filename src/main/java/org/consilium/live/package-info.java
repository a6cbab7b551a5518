/**
 * Live pages: what a page shows changes while it is open, and who else has it open (decision 0031).
 * Other modules publish a {@link org.consilium.live.PageChange} after their transaction commits; every
 * open page watching its topic, whose user may still see it, is told through Vaadin Push. Delivery goes
 * through a {@link org.consilium.live.LiveRelay}, which a deployment of several nodes replaces by one that
 * passes changes and presence through Redis (decision 0035).
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security", "account"})
package org.consilium.live;

import org.springframework.modulith.ApplicationModule;
