package org.consilium.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes something (any method but GET, HEAD, OPTIONS and TRACE) when the
 * browser says another site sent it, before anything else sees it (decision 0012):
 * <ul>
 *   <li>a form on another site cannot sign a browser in as somebody else (login CSRF): Vaadin's login
 *       form posts without Spring's CSRF token;</li>
 *   <li>a post from another site, which carries no {@code SameSite=Lax} session cookie, cannot make the
 *       portal start a session and so replace the victim's cookie (forced sign-out).</li>
 * </ul>
 * The browser's {@code Sec-Fetch-Site} header decides; a browser without it is judged by its
 * {@code Origin}. A request with neither comes from no browser (the identity provider's back-channel
 * sign-out, a script) and cannot carry a victim's cookie, so it passes to the usual checks. The refusal
 * is a bare 403 that creates no session.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Refused a {} to {} sent by another site (Sec-Fetch-Site: {}, Origin: {})", request.getMethod(),
                request.getRequestURI(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("Forbidden: this request came from another site.".getBytes(StandardCharsets.UTF_8));
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** The portal's own origin as this request reached it (behind a proxy: with forwarded headers applied). */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (defaultPort ? "" : ":" + port);
    }
}
