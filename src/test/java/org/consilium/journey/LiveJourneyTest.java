package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.consilium.notice.Notices;
import org.consilium.testing.Eventually;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people on the same plan in two real browsers: the curator sees the school come, sees the task the
 * school has opened marked "being edited", sees the school's "done" appear without a reload and the
 * bell count one more, and saving over the school's change is refused with the school's name.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveJourneyTest extends SignedInJourney {

    @Autowired
    TestPlans testPlans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Notices notices;

    @Test
    void the_curator_sees_the_schools_work_on_the_same_plan_as_it_happens() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        Eventually.allEventsDelivered(jdbc);
        // The curator has read everything so far: the bell counts what comes now.
        signedIn.as("curator", () -> notices.markAllRead());
        long task = ((Number) testPlans.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();
        String card = ".plan-task[data-task='" + task + "']";

        signInAs("curator", "demo1234", "Ірина Коваль");
        ChromeDriver curator = driver;
        ChromeDriver school = Chromium.open("uk");
        try {
            go(curator, "plan/" + c.caseId());
            Chromium.waitForText(curator, "Щоденно відмічати відвідування");
            school.get("http://localhost:" + port + "/login");
            Chromium.signIn(school, "school", "demo1234");
            Chromium.waitForText(school, "Наталія Гнатюк");
            go(school, "plan/" + c.caseId());
            Chromium.waitForText(school, "Щоденно відмічати відвідування");

            // Who else is here.
            Chromium.waitForText(curator, "Зараз тут також:");
            Chromium.waitForText(curator, "Наталія Гнатюк (Загальноосвітня школа № 12)");
            Chromium.screenshot(curator, "live-presence-uk");

            // The school opens its task; the curator sees it being edited, and opens it too.
            Chromium.clickButton(school, card, "Хід виконання");
            new WebDriverWait(curator, Duration.ofSeconds(30)).until(d -> textOf(curator, card).contains("Зараз редагує Наталія Гнатюк"));
            int bellBefore = bell(curator);
            Chromium.clickButton(curator, card, "Хід виконання");
            Chromium.waitForText(curator, "Зараз редагує Наталія Гнатюк (Загальноосвітня школа № 12)");
            Chromium.screenshot(curator, "live-being-edited-uk");

            // The school marks it done; the curator's page shows it without a reload, with a note.
            choose(school, "Статус", "Виконано");
            Chromium.clickButton(school, "", "Зберегти");
            long saved = System.nanoTime();
            new WebDriverWait(curator, Duration.ofSeconds(30)).until(d -> textOf(curator, card).contains("Виконано"));
            long shownAfter = (System.nanoTime() - saved) / 1_000_000;
            System.out.println("The curator's page showed the school's change " + shownAfter + " ms after the save returned");
            Chromium.waitForText(curator, "Наталія Гнатюк позначає завдання виконаним");
            new WebDriverWait(curator, Duration.ofSeconds(30)).until(d -> bell(curator) == bellBefore + 1);
            Chromium.screenshot(curator, "live-update-uk");

            // The curator's form, opened before, still has what was typed; saving it is refused with the school's name.
            Chromium.type(curator, "vaadin-text-area", "Нотатка", "Дякую, бачу відмітки");
            Chromium.clickButton(curator, "", "Зберегти");
            Chromium.waitForText(curator, "Не збережено: Наталія Гнатюк змінив(ла) цей запис");
            Chromium.screenshot(curator, "live-conflict-uk");
            Chromium.clickButton(curator, "", "Скасувати");

            // The bell lists what happened.
            Chromium.clickFirst(curator, ".notice-bell-button", e -> true);
            Chromium.waitForText(curator, "Наталія Гнатюк позначає завдання виконаним у плані сім’ї Савченко");
            Chromium.screenshot(curator, "live-bell-uk");
        } finally {
            school.quit();
        }
    }

    private void go(ChromeDriver browser, String path) {
        browser.get("http://localhost:" + port + "/" + path);
        Chromium.waitForVaadin(browser);
    }

    private static String textOf(ChromeDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The bell's unread count; no badge is none. */
    private static int bell(ChromeDriver browser) {
        return browser.findElements(By.cssSelector(".notice-count")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).map(Integer::parseInt).findFirst().orElse(0);
    }

    /** Chooses an item of a Vaadin select found by its label. */
    private static void choose(ChromeDriver browser, String label, String item) {
        Chromium.retrying(browser, d -> {
            WebElement select = d.findElements(By.cssSelector("vaadin-select")).stream()
                    .filter(s -> s.isDisplayed() && label.equals(s.getDomProperty("label"))).findFirst().orElse(null);
            if (select == null) {
                return null;
            }
            Chromium.click(d, select);
            return true;
        });
        Chromium.clickFirst(browser, "vaadin-select-item", e -> e.getText().trim().equals(item));
    }
}
