package org.consilium;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.consilium.security.LoginHints;
import org.consilium.testing.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first-run path of a newcomer: no profile, no database to set up. Consilium starts on the
 * embedded H2 file database with the same migrations, seeds the demo data and serves the login page,
 * healthy with no Redis to reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedFirstRunTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDatabaseInTempDir(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.in(dataDir, registry);
        // A newcomer has no Redis either: a single node must neither need nor try one (decision 0035).
        registry.add("spring.data.redis.port", () -> "1");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginHints loginHints;

    @Test
    void the_default_mode_runs_on_h2_with_demo_data_and_serves_the_login_page() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from agency", Long.class)).isEqualTo(5);
        // The four families of the demo's story and the thirteen of a second case manager's caseload.
        assertThat(jdbc.queryForObject("select count(*) from family", Long.class)).isEqualTo(17);
        assertThat(jdbc.queryForList("select username from user_account", String.class))
                .containsExactlyInAnyOrder("intake", "curator", "curator2", "supervisor", "school", "police", "health", "family",
                        "admin");
        assertThat(loginHints.accounts()).hasSize(9);

        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("styles/consilium.css");

        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
