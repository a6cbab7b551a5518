package org.consilium.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * axe-core's checks on the page a browser shows, with the findings written out. Serious and critical
 * findings are the ones a journey fails on; the others go to the report for reading.
 */
final class Accessibility {

    static final Path REPORTS = Path.of("target", "accessibility");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** axe-core as Deque ships it with its Selenium integration. */
    private static final String SCRIPT = axeScript();

    /** Runs every rule of axe on the whole page and answers its violations as JSON. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations)))
              .catch(e => done(JSON.stringify({error: String(e)})));
            """;

    /**
     * The portal's own rule beside axe's: a status, urgency or overdue mark says what it means in words
     * (or, when it is an icon, by a name), so that colour is never the only signal. Answers the marks
     * that say nothing.
     */
    private static final String WORDLESS_MARKS = """
            return [...document.querySelectorAll('[theme~="badge"], .overdue, [part~="overdue"], [class*="-overdue"]')]
              .filter(e => e.getClientRects().length > 0)
              .filter(e => !(e.innerText || '').trim() && !e.getAttribute('aria-label') && !e.getAttribute('title'))
              .slice(0, 5)
              .map(e => e.outerHTML.length > 160 ? e.outerHTML.substring(0, 160) + '…' : e.outerHTML);
            """;

    private Accessibility() {
    }

    /** One rule broken on one page: what, how badly, where. */
    record Finding(String page, String language, String rule, String impact, String help, List<String> where) {

        boolean blocking() {
            return BLOCKING.contains(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " on /" + page + " (" + language + "): " + help + "\n    "
                    + String.join("\n    ", where);
        }
    }

    /**
     * Checks the page on screen once Vaadin is idle and returns what axe found. The script is put into
     * the page once and stays there while the user moves within the portal.
     */
    static List<Finding> check(ChromeDriver driver, String page, String language) {
        Chromium.waitForVaadin(driver);
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = driver.executeAsyncScript(RUN);
        JsonNode violations = JSON.readTree(String.valueOf(answer));
        if (violations.has("error")) {
            throw new IllegalStateException("axe could not check /" + page + ": " + violations.get("error").asString());
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode rule : violations) {
            List<String> where = new ArrayList<>();
            for (JsonNode node : rule.get("nodes")) {
                if (where.size() < 5) {
                    String html = node.get("html").asString();
                    where.add(node.get("target") + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                            + "\n      " + node.path("failureSummary").asString("").replace("\n", "\n      "));
                }
            }
            findings.add(new Finding(page, language, rule.get("id").asString(), rule.get("impact").asString(), rule.get("help").asString(), where));
        }
        @SuppressWarnings("unchecked")
        List<String> wordless = (List<String>) driver.executeScript(WORDLESS_MARKS);
        if (!wordless.isEmpty()) {
            findings.add(new Finding(page, language, "colour-only-mark", "serious",
                    "A status, urgency or overdue mark must say what it means in words, not by its colour alone", wordless));
        }
        return findings;
    }

    /** Appends the findings to the report named {@code name} in {@link #REPORTS}. */
    static void report(String name, List<Finding> findings) throws IOException {
        Files.createDirectories(REPORTS);
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append(f).append('\n'));
        Files.writeString(REPORTS.resolve(name + ".txt"), text, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String axeScript() {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium must be on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
