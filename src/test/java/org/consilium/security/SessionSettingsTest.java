package org.consilium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** How the session cookie and timeout are set (the headers pages carry: {@link SecurityOverHttpIT}). */
@MariaDbTest
class SessionSettingsTest {

    @Autowired
    Environment environment;

    @Test
    void the_session_cookie_is_secure_and_http_only_and_an_idle_session_ends_after_30_minutes() {
        assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("heartbeats must not keep an idle session alive").isTrue();
    }
}
