package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.time.Duration;
import org.consilium.base.Languages;
import org.consilium.plan.PlanService;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestClock;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The family's pages on a phone (360 CSS pixels wide) and in a desktop window at 200 % zoom (640): the
 * family reads on its home and on its plan what happens now, agrees to the plan offered to it, and
 * marks its overdue task done, with nothing wider than the screen on the way. The curator's main pages
 * fit the 640 pixels too, the menu behind the drawer toggle.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FamilyPhoneJourneyTest extends SignedInJourney {

    private static final int PHONE = 360;
    private static final int ZOOMED = 640;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PlanService plans;

    @Autowired
    TestClock clock;

    @Autowired
    I18NProvider i18n;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A text as the family reads it in Ukrainian. */
    private String uk(String key) {
        return i18n.getTranslation(key, Languages.UKRAINIAN);
    }

    /** Waits until the page's "what happens now" shows the step, and returns its text. */
    private String whatHappensNow(String step) {
        return Chromium.retrying(driver, d -> d.findElements(By.cssSelector(".what-now")).stream()
                .filter(box -> step.equals(box.getDomAttribute("data-step"))).findFirst().map(WebElement::getText).orElse(null));
    }

    private void fitsTheScreen(String page) {
        assertThat(Chromium.outsideTheScreen(driver)).as("%s: nothing wider than the screen", page).isEmpty();
    }

    private String textOf(String css) {
        return Chromium.retrying(driver, d -> d.findElement(By.cssSelector(css)).getText());
    }

    @Test
    void on_a_phone_the_family_reads_what_happens_now_agrees_to_its_plan_and_marks_its_task_done() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));
        long motherTask = ((Number) testPlans.task(planId, "Будити Ігоря о 7:00").get("id")).longValue();

        signInAt(PHONE, 740, c.familyUser(), "family-plan-1", "Олена Савченко");
        assertThat(whatHappensNow("AWAITING_AGREEMENT")).contains(uk("family.now.AWAITING_AGREEMENT"));
        fitsTheScreen("the home, the plan waiting for agreement");
        Chromium.screenshot(driver, "family-phone-home-to-agree");

        go("my-plan");
        Chromium.waitForText(driver, "Ігор щодня відвідує школу");
        assertThat(whatHappensNow("AWAITING_AGREEMENT")).contains(uk("family.next.AWAITING_AGREEMENT"));
        assertThat(textOf(".plan-view")).contains("Ваш соціальний працівник", "Чекає на вашу згоду",
                        "Як ми побачимо, що мети досягнуто", "Що робите ви", "Хто вам допомагає і як")
                .doesNotContain("Кейс-менеджер", "кейс-менеджер", "Критерій досягнення");
        fitsTheScreen("the plan offered");
        Chromium.screenshot(driver, "family-phone-plan-to-agree");

        Chromium.clickButton(driver, ".plan-actions", "Я погоджуюся з планом");
        Chromium.waitForText(driver, uk("plan.acknowledge.confirm"));
        fitsTheScreen("the agreement dialog");
        Chromium.screenshot(driver, "family-phone-agree-dialog");
        Chromium.clickButton(driver, "vaadin-dialog", "Я погоджуюся з планом");
        Chromium.waitForText(driver, "Дякуємо. План погоджено.");
        assertThat(whatHappensNow("AGREED")).contains(uk("family.now.AGREED"));
        assertThat(textOf(".plan-view .plan-status")).isEqualTo(uk("plan.status.AGREED.family"));
        Chromium.screenshot(driver, "family-phone-plan-agreed");

        // Social services approve it and put it in force; two weeks on, the mother's task is past its date.
        signedIn.as("supervisor", () -> plans.approve(planId, testPlans.planVersion(planId)));
        signedIn.as("curator", () -> plans.activate(planId, testPlans.planVersion(planId)));
        clock.advance(Duration.ofDays(15));

        go("");
        assertThat(whatHappensNow("IN_PROGRESS")).contains(uk("family.now.IN_PROGRESS"));
        String task = ".family-task[data-task='" + motherTask + "']";
        assertThat(textOf(task)).contains("Будити Ігоря о 7:00", "строк минув");
        assertThat(driver.findElements(By.cssSelector(task + " vaadin-icon"))).as("overdue is said by an icon too").hasSize(1);
        fitsTheScreen("the home with the family's tasks");
        Chromium.screenshot(driver, "family-phone-home-tasks");

        Chromium.clickFirst(driver, "a.family-open-plan", a -> true);
        Chromium.waitForText(driver, "Ігор щодня відвідує школу");
        String card = ".plan-task[data-task='" + motherTask + "']";
        assertThat(textOf(card)).contains("строк минув");
        fitsTheScreen("the plan in force");
        Chromium.screenshot(driver, "family-phone-plan-in-force");
        Chromium.clickButton(driver, card, "Позначити виконаним");
        Chromium.waitForText(driver, "Позначено як виконане");
        Chromium.retrying(driver, d -> d.findElement(By.cssSelector(card)).getText().contains("Виконано")
                && d.findElements(By.cssSelector(card + " vaadin-button")).stream()
                        .noneMatch(b -> b.getText().contains("Позначити виконаним")) ? true : null);
        assertThat(textOf(card)).doesNotContain("строк минув");
        fitsTheScreen("the plan with the task done");
        Chromium.screenshot(driver, "family-phone-task-done");

        go("");
        whatHappensNow("IN_PROGRESS");
        assertThat(driver.findElements(By.cssSelector(task))).as("a done task leaves the home's list").isEmpty();

        // A desktop window at 200 % zoom: the same pages in 640 CSS pixels, the menu behind the drawer toggle.
        Chromium.resize(driver, ZOOMED, 900);
        go("");
        whatHappensNow("IN_PROGRESS");
        fitsTheScreen("the home at 640");
        Chromium.screenshot(driver, "family-640-home");
        Chromium.clickFirst(driver, "vaadin-drawer-toggle", t -> true);
        Chromium.clickFirst(driver, "vaadin-side-nav-item", item -> item.getText().contains("Наш план"));
        Chromium.waitForText(driver, "Ігор щодня відвідує школу");
        whatHappensNow("IN_PROGRESS");
        fitsTheScreen("the plan at 640");
        Chromium.screenshot(driver, "family-640-plan");
    }

    @Test
    void the_curators_main_pages_fit_a_window_at_200_percent_zoom_with_the_menu_behind_the_drawer_toggle_and_the_case_page_a_phone() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        testPlans.agreeApproveActivate(c, planId);

        signInAt(ZOOMED, 900, "curator", "demo1234", "Ірина Коваль");
        for (String page : new String[] {"", "cases", "case/" + c.caseId(), "plan/" + c.caseId(), "meetings", "families",
                "dashboard"}) {
            go(page);
            Chromium.waitForVaadin(driver);
            fitsTheScreen("the curator's page '" + page + "'");
            Chromium.screenshot(driver, "staff-640-" + (page.isEmpty() ? "home" : page.replace('/', '-')));
        }
        Chromium.clickFirst(driver, "vaadin-drawer-toggle", t -> true);
        Chromium.clickFirst(driver, "vaadin-side-nav-item", item -> item.getText().contains("Випадки"));
        Chromium.waitForText(driver, "Лише відкриті випадки");

        // The case page on a phone too: its sharing panel once stood wider than the screen.
        Chromium.resize(driver, PHONE, 740);
        go("case/" + c.caseId());
        Chromium.waitForText(driver, "Установи, що беруть участь");
        fitsTheScreen("the case page at 360");
    }
}
