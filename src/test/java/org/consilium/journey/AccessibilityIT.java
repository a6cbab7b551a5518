package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core on every page each role reaches, in Ukrainian, Russian and English, with Vaadin in
 * production mode as the portal runs. The pages are found as a user finds them: the menu, the links
 * on each page, and the case pages a list opens on a click. A serious or critical finding fails the
 * run; every finding is written to {@code target/accessibility}. The main page of each role is saved
 * as a screenshot in each language.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class AccessibilityIT extends SignedInJourney {

    static final List<String> LANGUAGES = List.of("uk", "ru", "en");

    /** Addresses that are not pages: files, feeds, the sign-out and Vaadin's own resources. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("^(VAADIN|logout|login|oauth2|calendar|actuator|styles|icons|scripts)(/.*)?$"
            + "|\\.(pdf|csv|xlsx|ics|png|svg)$");

    /** Links on a page (side navigation included) as absolute addresses on this portal. */
    private static final String LINKS = """
            const out = new Set();
            const add = (href) => { if (href) { const u = new URL(href, document.baseURI);
              if (u.origin === location.origin) out.add(u.pathname.substring(1) + u.search); } };
            document.querySelectorAll('vaadin-side-nav-item[path]').forEach(i => add(i.getAttribute('path')));
            document.querySelectorAll('a[href]').forEach(a => add(a.getAttribute('href')));
            return [...out];
            """;

    /** Clicks the first row of the page's grid as a user would; false if the grid has no rows. */
    private static final String FIRST_ROW = """
            const grid = document.querySelector('vaadin-grid');
            const cell = grid && grid.shadowRoot.querySelector('#items tr:not([hidden]) td');
            const content = cell && cell.querySelector('slot') && cell.querySelector('slot').assignedNodes()[0];
            if (!content) return false;
            content.click();
            return true;
            """;

    /** Follows a link of the portal's own, as the router handles it. */
    private static final String FOLLOW = """
            const link = document.createElement('a');
            link.setAttribute('router-link', '');
            link.href = arguments[0];
            document.body.appendChild(link);
            link.click();
            link.remove();
            """;

    /** How many pages of one kind (one route, whatever its id) are checked: one stands for all. */
    private static final int PAGES_PER_ROLE = 40;

    @Autowired
    JdbcTemplate jdbc;

    /** Two roles at a time, each in its own browser: the machine's cores wait on a browser or the server in turn. */
    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @CsvSource({
        "intake, Олена Савчук",
        "curator, Ірина Коваль",
        "supervisor, Андрій Мороз",
        "school, Наталія Гнатюк",
        "police, Сергій Литвин",
        "health, Тетяна Бойко",
        "family, Марія Коваленко",
        "admin, Богдан Кравець"
    })
    void every_page_a_role_reaches_passes_axe_in_three_languages(String username, String fullName) throws IOException {
        List<Accessibility.Finding> findings = new ArrayList<>();
        List<String> pagesInUkrainian = null;
        for (String language : LANGUAGES) {
            // The account follows the browser's language, whatever another test chose for it.
            jdbc.update("UPDATE user_account SET locale = NULL WHERE username = ?", username);
            open(language);
            go("login");
            Chromium.signIn(driver, username, "demo1234");
            Chromium.waitForText(driver, fullName);
            Chromium.screenshot(driver, "home-" + username + "-" + language);
            List<String> pages = crawl(language, findings);
            if (pagesInUkrainian == null) {
                pagesInUkrainian = pages;
            } else {
                assertThat(pages).as("the pages %s reaches in %s", username, language).containsExactlyInAnyOrderElementsOf(pagesInUkrainian);
            }
        }
        Accessibility.report(username, findings);
        assertThat(pagesInUkrainian).as("pages checked for " + username).hasSizeGreaterThan(2);
        assertThat(findings.stream().filter(Accessibility.Finding::blocking).map(String::valueOf))
                .as("serious or critical accessibility findings for " + username).isEmpty();
    }

    @Test
    void sign_in_and_error_pages_pass_axe_in_three_languages() throws IOException {
        List<Accessibility.Finding> findings = new ArrayList<>();
        for (String language : LANGUAGES) {
            open(language);
            go("login");
            findings.addAll(Accessibility.check(driver, "login", language));
            Chromium.signIn(driver, "school", "demo1234");
            Chromium.waitForText(driver, "Наталія Гнатюк");
            go("no-such-page");
            findings.addAll(Accessibility.check(driver, "no-such-page", language));
            go("admin/users");
            findings.addAll(Accessibility.check(driver, "admin/users (refused)", language));
        }
        Accessibility.report("sign-in-and-errors", findings);
        assertThat(findings.stream().filter(Accessibility.Finding::blocking).map(String::valueOf)).isEmpty();
    }

    /**
     * Visits the role's home, then every page its links lead to, one page per route; checks each and
     * returns the routes seen (ids left out).
     */
    private List<String> crawl(String language, List<Accessibility.Finding> findings) {
        Map<String, String> seen = new LinkedHashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("", "profile"));
        while (!toVisit.isEmpty() && seen.size() < PAGES_PER_ROLE) {
            String page = toVisit.removeFirst();
            String route = route(page);
            if (seen.containsKey(route) || NOT_A_PAGE.matcher(page).find()) {
                continue;
            }
            seen.put(route, page);
            String shown = move(page);
            seen.putIfAbsent(route(shown), shown);
            findings.addAll(Accessibility.check(driver, shown, language));
            Object error = ((JavascriptExecutor) driver).executeScript(
                    "const e = document.querySelector('.error-page h1'); return e ? e.innerText : null");
            if (error != null) {
                // A link of the portal's own that leads to an error page is a fault, whatever axe says of it.
                findings.add(new Accessibility.Finding(shown, language, "link-to-an-error", "critical",
                        "A link leads to an error page", List.of(String.valueOf(error))));
            }
            toVisit.addAll(links());
            toVisit.addAll(rowsOpened(page));
        }
        return List.copyOf(seen.keySet());
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(LINKS);
    }

    /** The pages that lists open on a click on a row rather than through a link: the first row's. */
    private List<String> rowsOpened(String page) {
        if (!page.equals("cases") && !page.equals("shared")) {
            return List.of();
        }
        Boolean clicked = (Boolean) ((JavascriptExecutor) driver).executeScript(FIRST_ROW);
        if (!Boolean.TRUE.equals(clicked)) {
            return List.of();
        }
        Chromium.until(driver, d -> !currentPage().equals(page));
        return List.of(currentPage());
    }

    private String currentPage() {
        URI address = URI.create(driver.getCurrentUrl());
        return address.getPath().substring(1) + (address.getQuery() == null ? "" : "?" + address.getQuery());
    }

    /** The route of an address: numbers and query left out, so that one case stands for all cases. */
    static String route(String page) {
        String path = URI.create("/" + page).getPath().substring(1);
        return path.replaceAll("(^|/)\\d+(?=/|$)", "$1{id}");
    }

    /**
     * Moves to {@code page} as a link in the portal does, without loading the page anew, and waits
     * until it is shown; the first page of a browser is loaded.
     */
    private String move(String page) {
        if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return !!(window.Vaadin && window.Vaadin.Flow)"))) {
            go(page);
        } else {
            String before = currentPage();
            ((JavascriptExecutor) driver).executeScript(FOLLOW, page);
            // The address changes as the router takes the link; a page that sends the user back where
            // they were leaves it as it was.
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(50)).until(d -> !currentPage().equals(before));
            } catch (TimeoutException stayed) {
                // checked as it is
            }
        }
        Chromium.waitForVaadin(driver);
        // A page may send the user on (the family's plan to "My plan"): what is on screen is checked.
        return currentPage();
    }

    private void open(String language) {
        closeBrowser();
        driver = Chromium.open(language);
    }
}
