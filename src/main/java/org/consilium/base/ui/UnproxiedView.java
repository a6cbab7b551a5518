package org.consilium.base.ui;

import org.springframework.aop.framework.AopInfrastructureBean;

/**
 * A view or layout that Spring creates for each visit without wrapping it in a proxy (decision 0037).
 *
 * <p>Views carry {@code @RolesAllowed} or {@code @PermitAll} on their class for the router's access
 * control. Method security would read the same annotations and wrap every new view in a proxy, and
 * finding which of Spring's interceptors apply to a class of several hundred methods was done again for
 * each view created: a sixth of the portal's CPU time under load. The proxy checked nothing the router
 * and the services do not: roles are checked when the page is entered, and again, with the record, by
 * every service the view calls. Spring does not proxy beans marked as part of its AOP infrastructure,
 * which is all this interface says; so a view may not rely on any proxy (no {@code @Transactional},
 * no method-level security), which {@code ArchitectureTest} checks.
 */
public interface UnproxiedView extends AopInfrastructureBean {
}
