package org.consilium.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What every answer of the portal tells the browser, and how its session cookie and timeout are set. */
@MariaDbTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Environment environment;

    @Test
    void every_page_forbids_framing_sniffing_and_foreign_sources() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void the_session_cookie_is_secure_and_http_only_and_an_idle_session_ends_after_30_minutes() {
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout", java.time.Duration.class))
                .isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("heartbeats must not keep an idle session alive").isTrue();
    }
}
