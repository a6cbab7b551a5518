package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The family plan in a real headless Chromium: the family marks its task done, the school writes
 * progress on its own task from "My tasks", and the curator sees both and downloads the PDF.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanJourneyTest extends SignedInJourney {

    @Autowired
    TestPlans testPlans;

    /** Clicks the button with this text inside the element matching {@code within}. */
    private void click(String within, String text) {
        Chromium.clickButton(driver, within, text);
    }

    @Test
    void the_family_marks_its_task_done_the_school_reports_progress_and_the_curator_sees_both() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);
        long motherTask = ((Number) testPlans.task(planId, "Будити Ігоря о 7:00").get("id")).longValue();
        long schoolTask = ((Number) testPlans.task(planId, "Щоденно відмічати відвідування").get("id")).longValue();

        signInAs(c.familyUser(), "family-plan-1", "Олена Савченко");
        go("my-plan");
        Chromium.waitForText(driver, "Що робите ви");
        assertThat(Chromium.text(driver)).contains("Ігор щодня відвідує школу", "Хто вам допомагає і як",
                "Щоденно відмічати відвідування");
        click(".plan-task[data-task='" + motherTask + "']", "Позначити виконаним");
        Chromium.waitForText(driver, "Позначено як виконане");
        Chromium.screenshot(driver, "plan-family-uk");
        assertThat(driver.findElements(By.cssSelector(".plan-task[data-task='" + schoolTask + "'] vaadin-button"))).isEmpty();

        signInAs("school", "demo1234", "Наталія Гнатюк");
        go("my-tasks");
        Chromium.waitForText(driver, "Щоденно відмічати відвідування");
        Chromium.clickFirst(driver, "vaadin-grid a[href='plan/" + c.caseId() + "']", a -> true);
        Chromium.waitForText(driver, "План сім’ї: Савченко");
        click(".plan-task[data-task='" + schoolTask + "']", "Хід виконання");
        Chromium.retrying(driver, d -> {
            d.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Ігор був на всіх уроках цього тижня");
            return true;
        });
        click("", "Зберегти");
        Chromium.waitForText(driver, "Ігор був на всіх уроках цього тижня");
        Chromium.screenshot(driver, "plan-school-uk");

        signInAs("curator", "demo1234", "Ірина Коваль");
        go("plan/" + c.caseId());
        Chromium.waitForText(driver, "Ігор був на всіх уроках цього тижня");
        String mother = driver.findElement(By.cssSelector(".plan-task[data-task='" + motherTask + "']")).getText();
        assertThat(mother).contains("Виконано");
        Chromium.screenshot(driver, "plan-curator-uk");
        String pdfStart = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                fetch(document.querySelector('a.plan-pdf').href).then(r => r.arrayBuffer())
                    .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))));
                """);
        assertThat(pdfStart).isEqualTo("%PDF-");
    }
}
