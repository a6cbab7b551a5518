package org.consilium.journey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in headless Chromium, one signed-in user after another: each sign-in opens a fresh browser
 * (in Ukrainian, unless the journey opens its own in another language), and the last one is closed
 * after the test.
 */
abstract class SignedInJourney {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Signs in on the login page in a new browser and waits for the user's name on their home. */
    void signInAs(String username, String password, String fullName) {
        closeBrowser();
        driver = Chromium.open("uk");
        driver.get("http://localhost:" + port + "/login");
        Chromium.signIn(driver, username, password);
        Chromium.waitForText(driver, fullName);
    }

    /**
     * Signs in as {@link #signInAs} does, in a browser whose page is {@code width} × {@code height} CSS
     * pixels (a phone, or a desktop window at 200 % zoom).
     */
    void signInAt(int width, int height, String username, String password, String fullName) {
        closeBrowser();
        driver = Chromium.open("uk", width, height);
        driver.get("http://localhost:" + port + "/login");
        Chromium.signIn(driver, username, password);
        Chromium.waitForText(driver, fullName);
    }

    void go(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }
}
