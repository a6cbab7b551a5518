package org.consilium.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fake request that answers "who is signed in" from Spring Security, as the real security filter
 * does; Vaadin's view access control asks the request.
 */
public class SecurityAwareFakeRequest extends FakeRequest {

    public SecurityAwareFakeRequest(HttpSession session) {
        super(session);
    }

    @Override
    public Principal getUserPrincipal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth : null;
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
