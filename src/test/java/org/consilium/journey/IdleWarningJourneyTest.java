package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The idle warning in a real browser, set to appear a second after the page opens: it says what will
 * happen, and "stay signed in" takes it away.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.servlet.session.timeout=6m", "consilium.session.warn-before=359s"})
class IdleWarningJourneyTest {

    @LocalServerPort
    int port;

    private ChromeDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void an_idle_user_is_warned_before_being_signed_out_and_can_stay_signed_in() throws Exception {
        Chromium.requireInstalled();
        driver = Chromium.open("uk");
        driver.get("http://localhost:" + port + "/login");
        WebElement user = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.cssSelector("input[name='username']")));
        user.sendKeys("curator");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);

        WebElement warning = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d
                .findElements(By.cssSelector(".idle-warning")).stream().findFirst().orElse(null));
        assertThat(warning.getText()).contains("за 6 хвилин вас буде виведено із системи");
        Chromium.screenshot(driver, "idle-warning-uk");
        assertThat(Chromium.text(driver)).contains("Ірина Коваль");

        warning.findElement(By.tagName("button")).click();
        assertThat(driver.findElements(By.cssSelector(".idle-warning"))).isEmpty();
    }
}
