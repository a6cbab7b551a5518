package org.consilium.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The test suite keeps several Spring contexts alive at once, and each installs its own security
 * context holder strategy globally when it starts. Before a test signs someone in, the strategy of
 * the context under test is put back, so that the code under test and method security read the
 * same security context.
 */
final class SecuritySetup {

    private SecuritySetup() {
    }

    static void useStrategyOf(ApplicationContext context) {
        SecurityContextHolderStrategy strategy = context.getBeanProvider(SecurityContextHolderStrategy.class).getIfAvailable();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
