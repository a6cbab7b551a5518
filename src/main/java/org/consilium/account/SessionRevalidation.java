package org.consilium.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account is disabled, deleted or given other roles, instead
 * of letting it keep the rights it was granted at sign-in until it times out. Checked on every request
 * of a signed-in user except static files; the user is sent to the start page, which asks them to sign in.
 */
@Component
class SessionRevalidation extends OncePerRequestFilter {

    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/", "/styles/", "/scripts/", "/icons/", "/lumo/", "/favicon");

    private final UserAccountService accounts;

    SessionRevalidation(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(UserAccountService.KEEPS_ACCOUNT, Boolean.TRUE);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && !notSetUp(auth) && !accounts.sessionStillValid(auth.getName(), roles(auth))) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            // The start page sends a visitor who is not signed in to the sign-in of the profile in use.
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A user the identity provider signed in but the portal cannot place has no account to check. */
    private static boolean notSetUp(Authentication auth) {
        return auth.getAuthorities().stream().anyMatch(a -> KeycloakUsers.NOT_SET_UP.equals(a.getAuthority()));
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
    }
}
