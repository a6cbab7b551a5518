package org.consilium.testing;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a service test as a stored account, with its real roles. */
@Component
public class SignedIn {

    private final UserDetailsService users;
    private final ApplicationContext context;

    SignedIn(UserDetailsService users, ApplicationContext context) {
        this.users = users;
        this.context = context;
    }

    public <T> T as(String username, Supplier<T> action) {
        SecuritySetup.useStrategyOf(context);
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** A code unique to this test run, for names that must not collide with earlier runs. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
