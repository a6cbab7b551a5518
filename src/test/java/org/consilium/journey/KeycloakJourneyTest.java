package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.consilium.ConsiliumApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Keycloak setup of {@code keycloak/} and the {@code keycloak} profile, end to end and without
 * Docker: a real Keycloak started from its distribution (Maven Central) with the realm export, the
 * portal on the {@code keycloak} profile against the MariaDB test database, and headless Chromium
 * through Keycloak's login page as a school user, a family member and a user without a role; then a
 * sign-out, and a session ended by Keycloak (back-channel).
 *
 * <p>The realm's addresses name the portal at {@code localhost:8080}; this test rewrites them to the
 * ports it chose, and changes nothing else.
 */
class KeycloakJourneyTest {

    private static final Path DIST_ZIP = Path.of("target", "keycloak", "keycloak-dist.zip");
    private static final Path KEYCLOAK_HOME = Path.of("target", "keycloak", "server");
    private static final String PASSWORD = "Consilium-demo-1";

    private static Process keycloak;
    private static ConfigurableApplicationContext portal;
    private static int keycloakPort;
    private static int portalPort;
    private ChromeDriver driver;

    @BeforeAll
    static void startKeycloakAndThePortal() throws Exception {
        boolean browser = Chromium.installed();
        if ((!browser || !Files.exists(DIST_ZIP)) && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Chromium and the Keycloak distribution (see .ci/run and the pom)");
        }
        assumeTrue(browser, "Debian's chromium and chromium-driver are not installed");
        assumeTrue(Files.exists(DIST_ZIP), "The Keycloak distribution was not fetched (mvn generate-test-resources)");
        keycloakPort = freePort();
        portalPort = freePort();
        Path server = unpackedKeycloak();
        Path imports = Files.createDirectories(server.resolve("data").resolve("import"));
        String realm = Files.readString(Path.of("keycloak", "consilium-realm.json"))
                .replace("http://localhost:8080", "http://localhost:" + portalPort);
        Files.writeString(imports.resolve("consilium-realm.json"), realm);

        ProcessBuilder kc = new ProcessBuilder(server.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--import-realm", "--db=dev-mem", "--http-port=" + keycloakPort,
                "--hostname=http://localhost:" + keycloakPort);
        kc.environment().put("JAVA_HOME", System.getProperty("java.home"));
        kc.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
        kc.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "bootstrap-admin-pass");
        kc.redirectErrorStream(true).redirectOutput(Path.of("target", "keycloak", "keycloak.log").toFile());
        keycloak = kc.start();
        waitUntilAnswers("http://localhost:" + keycloakPort + "/realms/consilium/.well-known/openid-configuration",
                Duration.ofMinutes(3));

        portal = SpringApplication.run(ConsiliumApplication.class,
                "--spring.profiles.active=test,keycloak",
                "--server.port=" + portalPort,
                "--spring.security.oauth2.client.provider.keycloak.issuer-uri=http://localhost:" + keycloakPort + "/realms/consilium",
                "--spring.security.oauth2.client.registration.keycloak.client-secret=consilium-demo-secret-change-me");
    }

    @AfterAll
    static void stopThem() {
        if (portal != null) {
            portal.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            try {
                keycloak.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keycloak.destroyForcibly();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The distribution unpacked once under target/, with its scripts made executable. */
    private static Path unpackedKeycloak() throws IOException {
        if (!Files.exists(KEYCLOAK_HOME.resolve("bin").resolve("kc.sh"))) {
            Path tmp = Files.createDirectories(KEYCLOAK_HOME.resolveSibling("unpacking"));
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(DIST_ZIP))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    // Entries start with "keycloak-<version>/"; that folder becomes KEYCLOAK_HOME.
                    String name = e.getName().substring(e.getName().indexOf('/') + 1);
                    Path target = tmp.resolve(name).normalize();
                    if (!target.startsWith(tmp) || name.isEmpty()) {
                        continue;
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (var scripts = Files.list(tmp.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.move(tmp, KEYCLOAK_HOME, StandardCopyOption.REPLACE_EXISTING);
        }
        return KEYCLOAK_HOME;
    }

    private static void waitUntilAnswers(String url, Duration patience) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see target/keycloak/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not answer within " + patience + "; see target/keycloak/keycloak.log");
    }

    private void openBrowser() {
        driver = Chromium.open("uk");
    }

    private String pageText() {
        return Chromium.text(driver);
    }

    private void waitForText(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pageText().contains(expected));
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }

    private String portal(String path) {
        return "http://localhost:" + portalPort + "/" + path;
    }

    /** Keycloak's own login form, reached from the portal. */
    private void signInAtKeycloak(String username) {
        WebElement user = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + keycloakPort + "/realms/consilium/");
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
    }

    private List<String> menuEntries() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    private void signOutFromTheUserMenu() {
        driver.findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(item -> item.getText().contains("Вийти")).findFirst().orElse(null)).click();
    }

    @Test
    void a_school_user_signs_in_at_keycloak_sees_the_school_home_and_signing_out_returns_to_keycloaks_login() throws IOException {
        openBrowser();
        driver.get(portal(""));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        screenshot("keycloak-login-uk");

        signInAtKeycloak("school");
        waitForText("Наталія Гнатюк");
        assertThat(driver.getCurrentUrl()).startsWith(portal(""));
        assertThat(pageText()).contains("Загальноосвітня школа № 12", "Наші звернення очікують відповіді");
        assertThat(menuEntries()).containsExactly("Моя робота", "Запити на відповідь", "Мої завдання", "Мої зустрічі",
                "Повідомити про сім’ю", "Спільні випадки", "Панелі показників");
        screenshot("keycloak-home-school-uk");

        // Another family's case, typed into the address bar.
        long someCase = portal.getBean(JdbcTemplate.class)
                .queryForObject("SELECT MIN(id) FROM family_case", Long.class);
        driver.get(portal("case/" + someCase));
        waitForText("Недоступно для вас");
        screenshot("keycloak-school-refused-case-uk");
        assertThat(portal.getBean(JdbcTemplate.class).queryForList(
                "SELECT detail FROM audit_entry WHERE username = 'school' AND action = 'DENIED'", String.class))
                .contains("/case/" + someCase);

        driver.get(portal(""));
        waitForText("Наталія Гнатюк");
        signOutFromTheUserMenu();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty()
                && d.getCurrentUrl().startsWith("http://localhost:" + keycloakPort + "/"));
        driver.get(portal(""));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(driver.getCurrentUrl()).as("the Keycloak session ended too").startsWith("http://localhost:" + keycloakPort + "/");
        assertThat(auditedActionsOf("school")).containsSubsequence("SIGN_IN", "SIGN_OUT");
    }

    private static List<String> auditedActionsOf(String username) {
        return portal.getBean(JdbcTemplate.class)
                .queryForList("SELECT action FROM audit_entry WHERE username = ? ORDER BY id", String.class, username);
    }

    @Test
    void a_family_member_signs_in_and_sees_only_the_home_of_their_family() throws IOException {
        openBrowser();
        driver.get(portal(""));
        signInAtKeycloak("family");
        waitForText("Марія Коваленко");
        assertThat(pageText()).contains("Коваленко");
        assertThat(menuEntries()).containsExactly("Головна", "Наш план", "Мої зустрічі");
        screenshot("keycloak-home-family-uk");

        driver.get(portal("cases"));
        waitForText("Недоступно для вас");
    }

    @Test
    void a_user_without_a_role_is_told_the_account_is_not_set_up_and_can_sign_out() throws IOException {
        openBrowser();
        driver.get(portal(""));
        signInAtKeycloak("newcomer");
        waitForText("Ваш обліковий запис не налаштовано");
        screenshot("keycloak-not-set-up-uk");
        driver.findElement(By.cssSelector("vaadin-button.not-set-up-sign-out")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(portal.getBean(JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM user_account WHERE username = 'newcomer'", Long.class))
                .as("no portal account for a user the portal cannot place").isZero();
    }

    @Test
    void when_keycloak_ends_the_session_the_portal_ends_it_too() throws Exception {
        openBrowser();
        driver.get(portal(""));
        signInAtKeycloak("police");
        waitForText("Сергій Литвин");

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + keycloakPort;
        String form = "grant_type=password&client_id=admin-cli&username=bootstrap-admin&password=bootstrap-admin-pass";
        String tokenJson = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        String token = field(tokenJson, "access_token");
        String users = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/consilium/users?username=police&exact=true"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        String userId = field(users, "id");
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/consilium/users/" + userId + "/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(status).isEqualTo(204);

        driver.get(portal("my-referrals"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
        assertThat(driver.getCurrentUrl()).as("the portal's session ended with Keycloak's").startsWith(base + "/");
    }

    /** The first string value of {@code name} in a small JSON answer. */
    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\"");
        assertThat(at).as(name + " in " + json).isNotNegative();
        int start = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
        return json.substring(start, json.indexOf('"', start));
    }
}
