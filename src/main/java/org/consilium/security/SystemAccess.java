package org.consilium.security;

import java.util.List;
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
        return as(SYSTEM_USER, List.of(AppRoles.ADMIN), task);
    }

    /**
     * Runs a task as a named user with the given roles, as the demo data does to act as the demo
     * intake officer or supervisor.
     */
    public static <T> T as(String username, List<String> roles, Supplier<T> task) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(roles.stream().map(AppRoles::authority).toArray(String[]::new))));
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
