package org.consilium.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the journeys: starting it, reading a page as a user sees it, and
 * acting on it the way that holds on a busy machine. Every action waits until Vaadin has answered the
 * round trip before it, finds its element afresh, and tries again when the page replaced the element
 * between finding and using it.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    /**
     * True once the page has loaded and no Vaadin client is waiting for the server. Pages that are not
     * Vaadin's (an identity provider's sign-in page) count as idle once loaded.
     */
    private static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) return !document.querySelector('script[src*="VAADIN"]');
            const clients = Object.values(flow.clients);
            return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
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
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * What sticks out of the screen's width: the page itself, anything that scrolls sideways, and any
     * element beyond the right edge that no narrower box clips. Walks shadow roots and follows slotted
     * elements to where they are shown. A grid scrolls its own columns; that is not the page's overflow,
     * so what lies inside a grid is left out.
     */
    private static final String OUTSIDE_THE_SCREEN = """
            const width = document.documentElement.clientWidth;
            const found = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
              found.push('the page: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
            }
            const parentOf = (e) => e.assignedSlot || e.parentElement || (e.parentNode && e.parentNode.host) || null;
            const inGrid = (e) => { for (let p = e; p; p = parentOf(p)) { if (p.localName === 'vaadin-grid') return true; } return false; };
            const clipped = (e) => {
              for (let p = parentOf(e); p && p !== document.body; p = parentOf(p)) {
                if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 1) return true;
              }
              return false;
            };
            const name = (e) => e.localName + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            const walk = (root) => {
              for (const e of root.querySelectorAll('*')) {
                if (e.shadowRoot) walk(e.shadowRoot);
                if (inGrid(e)) continue;
                const style = getComputedStyle(e);
                if (['auto', 'scroll'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1) {
                  found.push('scrolls sideways: ' + name(e) + ' ' + e.scrollWidth + ' > ' + e.clientWidth);
                }
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && r.right > width + 1 && style.visibility !== 'hidden' && !clipped(e)) {
                  found.push('beyond the right edge: ' + name(e) + ' ' + Math.round(r.left) + '–' + Math.round(r.right));
                }
              }
            };
            walk(document);
            return found.slice(0, 20);
            """;

    /** A new browser in the given language, with this machine's closed network in mind. */
    static ChromeDriver open(String language) {
        return start(language, 1280, 900);
    }

    /**
     * A new browser in the given language whose page is {@code width} × {@code height} CSS pixels: a
     * phone at 360, a desktop window at 200 % zoom at 640. Headless Chromium starts no narrower than
     * 500 pixels, so the window is set to the size once it is open, and the page is checked to have it.
     */
    static ChromeDriver open(String language, int width, int height) {
        ChromeDriver driver = start(language, width, height);
        resize(driver, width, height);
        return driver;
    }

    private static ChromeDriver start(String language, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    /** Makes the page {@code width} × {@code height} CSS pixels wide and high, and waits until it is. */
    static void resize(WebDriver driver, int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int attempt = 0; attempt < 3 && !Long.valueOf(width).equals(js.executeScript("return window.innerWidth")); attempt++) {
            // The window's frame is whatever the outer size has beyond the page: measured, then added.
            Number outerWidth = (Number) js.executeScript("return window.outerWidth - window.innerWidth");
            Number outerHeight = (Number) js.executeScript("return window.outerHeight - window.innerHeight");
            driver.manage().window().setSize(new Dimension(width + outerWidth.intValue(), height + outerHeight.intValue()));
        }
        new WebDriverWait(driver, PATIENCE).until(d -> Long.valueOf(width).equals(js.executeScript("return window.innerWidth")));
    }

    /** What sticks out of the screen's width on the page shown (empty: everything fits), once Vaadin is idle. */
    @SuppressWarnings("unchecked")
    static List<String> outsideTheScreen(WebDriver driver) {
        waitForVaadin(driver);
        return (List<String>) ((JavascriptExecutor) driver).executeScript(OUTSIDE_THE_SCREEN);
    }

    /** Signs in on the portal's own login page, which must be on screen. */
    static void signIn(ChromeDriver driver, String username, String password) {
        waitForVaadin(driver);
        retrying(driver, d -> {
            WebElement user = d.findElement(By.cssSelector("input[name='username']"));
            WebElement pass = d.findElement(By.cssSelector("input[name='password']"));
            user.clear();
            user.sendKeys(username);
            pass.clear();
            pass.sendKeys(password, Keys.ENTER);
            return true;
        });
    }

    /** Waits until Vaadin has answered every request the page made. */
    static void waitForVaadin(WebDriver driver) {
        until(driver, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** Waits until the page shows the text, shadow roots included. */
    static void waitForText(ChromeDriver driver, String expected) {
        until(driver, d -> text(driver).contains(expected));
    }

    /** Waits, looking often, until {@code condition} holds (a wait that looks twice a second loses half a second a page). */
    static void until(WebDriver driver, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(condition);
    }

    static String text(ChromeDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(DEEP_TEXT);
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        waitForVaadin(driver);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Does {@code action} once Vaadin is idle, again and again until it returns non-null, while the
     * element it uses goes stale or is covered; then waits for the round trip it caused.
     */
    static <T> T retrying(WebDriver driver, Function<WebDriver, T> action) {
        waitForVaadin(driver);
        T result = new FluentWait<>(driver).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(action);
        waitForVaadin(driver);
        return result;
    }

    /** Clicks the shown button with this text inside the elements matching {@code within} (empty: anywhere). */
    static void clickButton(ChromeDriver driver, String within, String text) {
        retrying(driver, d -> {
            WebElement button = d.findElements(By.cssSelector((within.isEmpty() ? "" : within + " ") + "vaadin-button")).stream()
                    .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null);
            if (button == null) {
                return null;
            }
            click(driver, button);
            return true;
        });
    }

    /** Clicks the first shown element matching {@code css} that {@code which} accepts. */
    static void clickFirst(ChromeDriver driver, String css, Predicate<WebElement> which) {
        retrying(driver, d -> {
            WebElement element = d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.isDisplayed() && which.test(e)).findFirst().orElse(null);
            if (element == null) {
                return null;
            }
            click(d, element);
            return true;
        });
    }

    /** Clicks an element that the caller has just found, after scrolling it into view. */
    static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Types into the native field that a Vaadin text field or area keeps in the page, found by its label. */
    static void type(ChromeDriver driver, String tag, String label, String text) {
        retrying(driver, d -> {
            WebElement field = d.findElements(By.cssSelector(tag)).stream()
                    .filter(f -> f.isDisplayed() && Objects.equals(label, f.getDomProperty("label"))).findFirst().orElse(null);
            if (field == null) {
                return null;
            }
            WebElement input = field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"));
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Chooses in a Vaadin combo box, found by its label, the first item whose text contains {@code item}. */
    static void pick(ChromeDriver driver, String label, String typed, String item) {
        retrying(driver, d -> {
            WebElement box = d.findElements(By.cssSelector("vaadin-combo-box")).stream()
                    .filter(f -> f.isDisplayed() && label.equals(f.getDomProperty("label"))).findFirst().orElse(null);
            if (box == null) {
                return null;
            }
            WebElement input = box.findElement(By.cssSelector("input"));
            click(d, input);
            input.clear();
            input.sendKeys(typed);
            return true;
        });
        retrying(driver, d -> {
            WebElement choice = d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(o -> o.isDisplayed() && o.getText().contains(item)).findFirst().orElse(null);
            if (choice == null) {
                return null;
            }
            choice.click();
            return true;
        });
        // The box shows the chosen item once the server has taken it.
        retrying(driver, d -> d.findElements(By.cssSelector("vaadin-combo-box")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")))
                .anyMatch(f -> String.valueOf(f.findElement(By.cssSelector("input")).getDomProperty("value")).contains(item)) ? true : null);
    }
}
