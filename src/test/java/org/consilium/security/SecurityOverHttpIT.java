package org.consilium.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a browser (or an attacker's page) meets over real HTTP, with Vaadin in production mode as the
 * portal runs: the security headers on every page, and that another site can neither sign a browser in
 * nor sign it out.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class SecurityOverHttpIT {

    private static final String EVIL = "http://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String own() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(own() + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as a browser sends it, with the headers it sets for the page that posts. */
    private HttpResponse<String> post(String path, String form, Map<String, String> browserHeaders) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(own() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        browserHeaders.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> sameOrigin(String origin) {
        return Map.of("Origin", origin, "Sec-Fetch-Site", "same-origin");
    }

    /** The session cookie the answer sets, as the browser would send it back. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    private String signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = post("/login", "username=" + username + "&password=demo1234", sameOrigin(own()));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionCookie(signedIn);
    }

    private static void assertSecurityHeaders(String what, HttpResponse<?> response) {
        var h = response.headers();
        assertThat(h.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"));
        assertThat(h.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
    }

    @Test
    void every_page_carries_the_security_headers_signed_out_and_signed_in() throws Exception {
        long caseId = jdbc.queryForObject("SELECT MIN(id) FROM family_case", Long.class);
        long planId = jdbc.queryForObject("SELECT MIN(id) FROM family_plan", Long.class);

        for (String path : List.of("/login", "/", "/case/" + caseId, "/plan/" + planId, "/no/such/page", "/styles/consilium.css")) {
            assertSecurityHeaders("signed out: " + path, get(path, null));
        }
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).as("production mode").contains("<html").doesNotContain("developmentMode = true");

        String cookie = signIn("supervisor");
        for (String path : List.of("/", "/case/" + caseId, "/plan/" + planId, "/audit")) {
            HttpResponse<String> page = get(path, cookie);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertSecurityHeaders("signed in: " + path, page);
        }
    }

    @Test
    void a_form_on_another_site_cannot_sign_a_browser_in() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'admin' AND action = 'SIGN_IN'", Long.class);
        for (Map<String, String> foreign : List.of(Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", EVIL), Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "null"))) {
            HttpResponse<String> response = post("/login", "username=admin&password=demo1234", foreign);
            assertThat(response.statusCode()).as(foreign.toString()).isEqualTo(403);
            assertThat(sessionCookie(response)).as(foreign.toString()).isNull();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE username = 'admin' AND action = 'SIGN_IN'", Long.class))
                .isEqualTo(before);

        assertThat(signIn("admin")).as("the portal's own login form still signs in").isNotNull();
    }

    @Test
    void another_site_cannot_sign_a_user_out_nor_does_a_refused_post_start_a_session() throws Exception {
        String cookie = signIn("curator");
        assertThat(get("/", cookie).statusCode()).isEqualTo(200);

        // The browser sends no SameSite=Lax cookie with another site's post: a new session's cookie would replace it.
        HttpResponse<String> foreign = post("/logout", "", Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> script = post("/logout", "", Map.of());
        assertThat(script.statusCode()).as("a post without a token or a session").isEqualTo(403);
        assertThat(script.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(get("/styles/consilium.css", null).headers().allValues("Set-Cookie")).as("a static file").isEmpty();
        assertThat(get("/", cookie).statusCode()).as("still signed in").isEqualTo(200);
    }
}
