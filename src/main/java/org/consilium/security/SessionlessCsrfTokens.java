package org.consilium.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Spring's CSRF tokens kept in the session, except that a request without a session never gets one
 * just to hold a token (decision 0012). Refusing a post that came without a session (and so without a
 * token) would otherwise start a session and send its cookie, replacing the cookie of the browser's
 * real session. Vaadin's own requests carry Vaadin's token and the login page has its session; no page
 * of the portal posts Spring's token without one.
 */
class SessionlessCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null || request.getSession(false) != null) {
            sessions.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return sessions.loadToken(request);
    }
}
