package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.consilium.journey.Keyboard.Focus;
import org.consilium.plan.PlanService;
import org.consilium.request.InformationRequest;
import org.consilium.request.RequestService;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.consilium.testing.TestRequests;
import org.consilium.testing.TestRequests.RequestCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main flows by keyboard alone, in Ukrainian: intake registers a referral, the curator writes a goal
 * and a task, the school answers a request, the family agrees to its plan. Each starts with the skip
 * link, every stop on the way must show the focus, a dialog takes the focus when it opens, holds it
 * while open and gives it back to what opened it, and axe checks each dialog as it is shown.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardJourneyTest extends SignedInJourney {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("uk"));

    @Autowired
    TestPlans testPlans;

    @Autowired
    TestRequests testRequests;

    @Autowired
    RequestService requests;

    @Autowired
    PlanService plans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    Keyboard keys;

    /** Opens the page, Tabs once to the skip link and follows it: the focus is then on the page's main part. */
    private void startAt(String page) {
        go(page);
        Chromium.waitForVaadin(driver);
        keys = new Keyboard(driver);
        Focus skip = keys.press(Keys.TAB).focus();
        assertThat(skip.tag()).as("the first Tab").isEqualTo("a");
        assertThat(skip.text()).isEqualTo("Перейти до змісту сторінки");
        assertThat(skip.ring()).as("the skip link shows that it has the focus").isTrue();
        keys.press(Keys.ENTER);
        assertThat(keys.focus().id()).as("the skip link puts the focus on the page's main part").isEqualTo("main-content");
    }

    /**
     * The dialog just opened has the focus, keeps it however often Tab is pressed, and has no serious
     * or critical accessibility finding.
     */
    private void dialogHoldsTheFocus(String name) throws IOException {
        try {
            Chromium.until(driver, d -> {
                Focus f = keys.focus();
                return f != null && f.inDialog();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot(driver, "keyboard-no-dialog");
            throw new AssertionError("The dialog " + name + " did not take the focus (see keyboard-no-dialog.png); it is on " + keys.focus(), e);
        }
        for (int i = 0; i < 25; i++) {
            Focus f = keys.press(Keys.TAB).focus();
            assertThat(f).as("Tab %d in the dialog %s", i + 1, name).isNotNull();
            assertThat(f.inDialog()).as("Tab %d in the dialog %s stays in it: %s", i + 1, name, f).isTrue();
        }
        List<Accessibility.Finding> findings = Accessibility.check(driver, "dialog " + name, "uk");
        assertThat(findings.stream().filter(Accessibility.Finding::blocking).toList()).as("axe on the dialog %s", name).isEmpty();
    }

    private String in(int days) {
        return LocalDate.now().plusDays(days).format(UK_DATE);
    }

    @Test
    void intake_registers_a_referral_by_keyboard_and_opens_it_from_the_queue() throws IOException {
        signInAs("intake", "demo1234", "Олена Савчук");
        startAt("referrals");

        keys.tabToButton("Нове звернення");
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("new referral");
        // A radio group: the arrows move the choice.
        keys.tabToField("Джерело");
        keys.press(Keys.ARROW_DOWN);
        keys.fill("Хто звернувся", "Сусідка, Ганна Ліщук");
        keys.tabToField("Терміновість");
        keys.press(Keys.SPACE, Keys.ARROW_DOWN);
        keys.fill("Діти й дорослі, яких це стосується", "Дарина Клименко, 6 років; її мати");
        keys.fill("Що відбувається", "Дитина вечорами сама на сходах, мати повертається пізно.");
        keys.tabToField("Сфери проблем");
        keys.press(Keys.SPACE);
        Chromium.screenshot(driver, "keyboard-intake-referral-form");
        keys.tabToButton("Зберегти");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Звернення зареєстровано");
        assertThat(keys.focus().isButton("Нове звернення")).as("the focus is back on the button that opened the form: %s",
                keys.focus()).isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT source_person FROM referral WHERE people_concerned = 'Дарина Клименко, 6 років; її мати'
                ORDER BY id DESC LIMIT 1""", String.class)).isEqualTo("Сусідка, Ганна Ліщук");

        // Tab goes through the queue's header, then its rows; Enter opens the row, Escape closes it and the focus returns.
        keys.tabTo("the queue's rows", f -> f.tag().equals("vaadin-grid") && f.element().startsWith("td"));
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("referral");
        Chromium.screenshot(driver, "keyboard-intake-referral-opened");
        keys.press(Keys.ESCAPE);
        Chromium.until(driver, d -> driver.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        assertThat(keys.focus().tag()).as("the focus is back in the queue").isEqualTo("vaadin-grid");
    }

    @Test
    void the_curator_writes_a_goal_and_a_task_by_keyboard() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);

        signInAs("curator", "demo1234", "Ірина Коваль");
        startAt("plan/" + c.caseId());
        keys.tabToButton("Додати мету");
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("new goal");
        keys.choose("Сфера проблеми", "Соціальні");
        keys.fill("Строк", in(60)).press(Keys.ENTER);
        keys.fill("Мета", "Дарина щовечора вдома з дорослим");
        keys.fill("Критерій досягнення", "Сусіди не бачать дитину саму після 19:00 чотири тижні поспіль");
        Chromium.screenshot(driver, "keyboard-curator-goal-form");
        keys.tabToButton("Зберегти");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Дарина щовечора вдома з дорослим");
        assertThat(keys.focus().isButton("Додати мету")).as("the focus is back on «Додати мету»: %s", keys.focus()).isTrue();

        // The new goal is the last card: going back from «Додати мету» reaches its «Додати завдання» first.
        keys.tabBackTo("the new goal's «Додати завдання»", f -> f.isButton("Додати завдання"));
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("new task");
        keys.fill("Завдання", "Домовитися з бабусею про вечори");
        keys.tabToField("Відповідальний член сім’ї");
        keys.type("Олена");
        keys.press(Keys.ARROW_DOWN, Keys.ENTER);
        keys.fill("Строк", in(30)).press(Keys.ENTER);
        keys.tabToButton("Зберегти");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Домовитися з бабусею про вечори");
        Chromium.screenshot(driver, "keyboard-curator-task-saved");
        assertThat(keys.focus().isButton("Додати завдання")).as("the focus is back on the goal's «Додати завдання»: %s",
                keys.focus()).isTrue();
        assertThat(jdbc.queryForObject("""
                SELECT g.statement FROM plan_task t JOIN plan_goal g ON g.id = t.goal_id
                WHERE t.description = 'Домовитися з бабусею про вечори' AND g.plan_id = ?""", String.class, planId))
                .isEqualTo("Дарина щовечора вдома з дорослим");
    }

    @Test
    void the_school_answers_a_request_by_keyboard() throws IOException {
        RequestCase c = testRequests.caseWithPupil(true);
        InformationRequest r = signedIn.as("curator", () -> requests.send(c.caseId(), TestRequests.characterisation(c)));

        signInAs(c.schoolUser(), "request-test-1", "Тестова Особа");
        startAt("requests");
        keys.tabToLink("Характеристика зі школи — Юрченко Павло");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Пропущено днів з поважної причини");
        keys.fill("Пропущено днів з поважної причини", "3");
        keys.fill("Пропущено днів без поважної причини", "2");
        keys.fill("Поведінка", "Спокійний, допомагає однокласникам");
        keys.fill("Сильні сторони та інтереси", "Любить математику й шахи");
        keys.choose("Підготував (посада)", "класний керівник");
        keys.fill("Підготував (ПІБ)", "Іваненко Оксана Петрівна");
        keys.fill("Підписав (керівник закладу)", "Директор Петренко І. В.");
        keys.tabToButton("Надіслати відповідь");
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("submit the answer");
        Chromium.screenshot(driver, "keyboard-school-confirm");
        keys.tabToButton("Надіслати відповідь");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Відповідь надіслано");
        assertThat(jdbc.queryForObject("SELECT status FROM information_request WHERE id = ?", String.class, r.getId()))
                .isEqualTo("ANSWERED");
    }

    @Test
    void the_family_agrees_to_its_plan_by_keyboard_and_a_cancelled_dialog_gives_the_focus_back() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        long planId = testPlans.draftWithTasks(c);
        signedIn.as("curator", () -> plans.offer(planId, testPlans.planVersion(planId)));

        signInAs(c.familyUser(), "family-plan-1", "Олена Савченко");
        startAt("my-plan");
        keys.tabToButton("Я погоджуюся з планом");
        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("agree to the plan");
        // Escape cancels and the focus is back where it was; nothing is agreed.
        keys.press(Keys.ESCAPE);
        Chromium.until(driver, d -> driver.findElements(By.cssSelector("vaadin-dialog[opened], vaadin-confirm-dialog[opened]")).isEmpty());
        assertThat(keys.focus().isButton("Я погоджуюся з планом")).as("the focus is back on the button: %s", keys.focus()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM family_plan WHERE id = ?", String.class, planId)).isEqualTo("DRAFT");

        keys.press(Keys.ENTER);
        dialogHoldsTheFocus("agree to the plan");
        Chromium.screenshot(driver, "keyboard-family-agree");
        keys.tabToButton("Я погоджуюся з планом");
        keys.press(Keys.ENTER);
        Chromium.waitForText(driver, "Дякуємо. План погоджено.");
        assertThat(jdbc.queryForObject("SELECT status FROM family_plan WHERE id = ?", String.class, planId)).isEqualTo("AGREED");
    }
}
