package org.consilium.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does on its own at start-up (demo data, the first administrator) goes
 * through the same services, and the same role checks, as a person would. It runs as the user
 * "system" with the administrator role, and only for the duration of the task.
 */
public final class SystemAccess {

    public static final String SYSTEM_USER = "system";

    private SystemAccess() {
    }

    public static <T> T asAdministrator(Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
                AuthorityUtils.createAuthorityList(AppRoles.authority(AppRoles.ADMIN))));
        SecurityContextHolder.setContext(system);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asAdministrator(Runnable task) {
        asAdministrator(() -> {
            task.run();
            return null;
        });
    }
}
