package org.consilium.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the journeys: starting it, reading a page as a user sees it, screenshots. */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Text of the page including what web components render in their shadow roots. */
    private static final String DEEP_TEXT = """
            const walk = (node) => {
              let text = '';
              if (node.nodeType === Node.TEXT_NODE) return node.textContent + ' ';
              if (node.shadowRoot) text += walk(node.shadowRoot);
              for (const child of node.childNodes) text += walk(child);
              return text;
            };
            return walk(document.body).replace(/\\s+/g, ' ');
            """;

    private Chromium() {
    }

    /**
     * Skips a journey where Chromium is missing on a developer's machine; in CI (where {@code .ci/run}
     * installs it) a missing browser is an error, never a skip.
     */
    static void requireInstalled() {
        boolean installed = installed();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver must be installed for CI (see .ci/run)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** A new browser in the given language, with this machine's closed network in mind. */
    static ChromeDriver open(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Signs in on the portal's own login page, which must be on screen. */
    static void signIn(ChromeDriver driver, String username, String password) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
                java.time.Duration.ofSeconds(30));
        org.openqa.selenium.WebElement user = wait.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        org.openqa.selenium.WebElement pass = driver.findElement(org.openqa.selenium.By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    /** Waits until the page shows the text, shadow roots included. */
    static void waitForText(ChromeDriver driver, String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> text(driver).contains(expected));
    }

    static String text(ChromeDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(DEEP_TEXT);
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
