package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.consilium.testing.MariaDbTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Key journeys in a real headless Chromium against the running portal: signing in, the role's home
 * and menu, a refused page, an unknown address, the language, signing out. Screenshots go to
 * {@code target/screenshots}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them. A
 * developer without them gets this test skipped, CI never does.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest {



    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.consilium.testing.TestCases testCases;

    @org.springframework.beans.factory.annotation.Autowired
    org.consilium.testing.SignedIn signedIn;

    @org.springframework.beans.factory.annotation.Autowired
    org.consilium.referral.ReferralService referrals;

    @org.springframework.beans.factory.annotation.Autowired
    org.consilium.family.FamilyService families;

    private ChromeDriver driver;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
    }

    /** A fresh browser (a new session) in the given language; the one before is closed. */
    private void open(String language) {
        closeBrowser();
        driver = Chromium.open(language);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private String pageText() {
        return Chromium.text(driver);
    }

    /** The text of the grid rows on screen: a grid keeps rows it no longer needs in the page, hidden. */
    private String visibleGridText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null).map(c => c.textContent).join(' ');
                """);
    }

    private void waitForText(String expected) {
        Chromium.waitForText(driver, expected);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }

    private void signIn(String username, String password) {
        Chromium.signIn(driver, username, password);
    }

    private List<String> menuEntries() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(WebElement::getText).toList();
    }

    @Test
    void a_supervisor_signs_in_in_ukrainian_is_kept_out_of_admin_pages_and_signs_out() throws IOException {
        open("uk");
        driver.get(url("login"));
        waitForText("Демонстраційні облікові записи");
        screenshot("login-uk");

        signIn("supervisor", "wrong-password");
        waitForText("Неправильне ім’я користувача або пароль");

        signIn("supervisor", "demo1234");
        waitForText("Доброго дня, Андрій Мороз");
        assertThat(pageText()).contains("Керівник (супервізор)", "Звернення, що очікують відповіді");
        assertThat(menuEntries()).containsExactly("Моя робота", "Звернення", "Сім’ї", "Випадки", "Журнал аудиту");
        screenshot("home-supervisor-uk");

        driver.get(url("admin/users"));
        waitForText("Недоступно для вас");

        driver.get(url("no/such/page"));
        waitForText("Сторінку не знайдено");
        screenshot("not-found-uk");

        driver.get(url(""));
        waitForText("Андрій Мороз");
        driver.findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        WebElement signOut = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(item -> item.getText().contains("Вийти")).findFirst().orElse(null));
        signOut.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForText("Увійти");
    }

    @Test
    void an_administrator_in_english_sees_the_admin_menu_and_the_agencies() throws IOException {
        open("en");
        driver.get(url("login"));
        waitForText("Demo accounts");
        screenshot("login-en");

        signIn("admin", "demo1234");
        waitForText("Good day, Богдан Кравець");
        assertThat(menuEntries()).containsExactly("My work", "Agencies", "Users", "Family categories", "Rules of work", "Audit log");
        screenshot("home-admin-en");

        driver.findElements(By.cssSelector("vaadin-side-nav-item")).get(1).click();
        waitForText("Загальноосвітня школа № 12");
        screenshot("agencies-en");
    }

    @Test
    void a_curator_finds_a_case_in_the_list_and_moves_it_to_the_decision_stage() throws IOException {
        long caseId = testCases.openCaseForDemoCurator();
        open("uk");
        driver.get(url("login"));
        signIn("curator", "demo1234");
        waitForText("Ірина Коваль");
        driver.get(url("case/" + caseId));
        waitForText("Випадок сім’ї Савченко");
        assertThat(pageText()).contains("Первинна оцінка", "Савченко Ігор");

        driver.findElement(By.cssSelector("vaadin-button[data-target='DECISION']")).click();
        WebElement confirm = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.getText().trim().equals("Перевести")).findFirst().orElse(null));
        confirm.click();
        waitForText("Випадок тепер на етапі «Прийняття рішення»");
        screenshot("case-moved-curator-uk");
        assertThat(driver.findElements(By.cssSelector("vaadin-button[data-target='DECISION']"))).isEmpty();
    }

    /** A new browser in Ukrainian, signed in as a demo account, on its home. */
    private void signInAsDemo(String username, String fullName) {
        open("uk");
        driver.get(url("login"));
        signIn(username, "demo1234");
        waitForText(fullName);
    }

    /** A wait that looks again when the page replaced an element it was reading (Vaadin re-renders often). */
    private WebDriverWait patiently(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private WebElement button(String text) {
        return patiently(10).until(d -> d
                .findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null));
    }

    /** Types into the native field that a Vaadin text field or area keeps in the page, found by its label. */
    private void type(String tag, String label, String text) {
        WebElement field = patiently(10).until(d -> d
                .findElements(By.cssSelector(tag)).stream()
                .filter(f -> java.util.Objects.equals(label, f.getDomProperty("label"))).findFirst().orElse(null));
        field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input")).sendKeys(text);
    }

    @Test
    void a_school_user_reports_a_family_and_intake_finds_it_in_the_triage_queue() throws IOException {
        signInAsDemo("school", "Наталія Гнатюк");
        driver.get(url("my-referrals"));
        waitForText("Повідомити про сім’ю, якій потрібна допомога");
        button("Повідомити про сім’ю, якій потрібна допомога").click();
        waitForText("Що відбувається");
        button("Зберегти").click();
        waitForText("Обов’язкове");
        screenshot("report-family-errors-school-uk");

        driver.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().trim().equals("Термінове")).findFirst().orElseThrow().click();
        type("vaadin-text-area", "Діти й дорослі, яких це стосується", "Учениця 3-А класу Софія Журба, 9 років");
        type("vaadin-text-area", "Що відбувається", "Тиждень приходить без обіду й у брудному одязі, мати не відповідає.");
        button("Зберегти").click();
        waitForText("Дякуємо. Звернення передано соціальним службам.");
        waitForText("Учениця 3-А класу Софія Журба");
        assertThat(pageText()).contains("Нове");
        screenshot("report-family-school-uk");

        signInAsDemo("intake", "Олена Савчук");
        driver.get(url("referrals"));
        waitForText("Учениця 3-А класу Софія Журба");
        screenshot("referral-queue-intake-uk");

        driver.get(url("families"));
        waitForText("Ім’я будь-кого з членів сім’ї");
        waitForText("Мельник");
        type("vaadin-text-field", null, "kovalenko");
        patiently(30).until(d -> {
            String shown = visibleGridText();
            return shown.contains("Коваленко Марія") && !shown.contains("Мельник");
        });
        assertThat(pageText()).contains("Реалізація та моніторинг");
        screenshot("families-intake-uk");
    }

    @Test
    void the_curator_sees_overdue_work_at_home_and_opens_the_overdue_case_and_the_supervisor_sees_the_teams() throws IOException {
        signInAsDemo("curator", "Мої випадки з простроченою роботою");
        waitForText("Бондаренко: Перегляд та оцінювання");
        screenshot("home-curator-overdue-uk");
        WebElement overdue = driver.findElements(By.cssSelector(".overdue-items a")).stream()
                .filter(a -> a.getText().startsWith("Бондаренко")).findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", overdue);
        overdue.click();
        waitForText("Випадок сім’ї Бондаренко");
        assertThat(pageText()).contains("Найближчий термін", "прострочено на 5 дн.");
        screenshot("case-overdue-curator-uk");

        signInAsDemo("supervisor", "Випадки команди з простроченою роботою");
        driver.get(url("cases?overdue"));
        waitForText("Бондаренко");
        assertThat(pageText()).contains("Мельник", "прострочено").doesNotContain("Ткаченко");
        screenshot("cases-overdue-supervisor-uk");
    }

    /** Chooses in a Vaadin combo box, found by its label, the first item whose text contains {@code item}. */
    private void pick(String label, String typed, String item) {
        WebElement box = patiently(10).until(d -> d
                .findElements(By.cssSelector("vaadin-combo-box")).stream()
                .filter(f -> label.equals(f.getDomProperty("label"))).findFirst().orElse(null));
        WebElement input = box.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(typed);
        WebElement choice = patiently(15).until(d -> d
                .findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(o -> o.isDisplayed() && o.getText().contains(item)).findFirst().orElse(null));
        choice.click();
    }

    @Test
    void intake_verifies_a_schools_referral_and_links_the_family_then_the_supervisor_opens_the_case() throws IOException {
        String pupil = "Назар Журавель " + Long.toString(System.nanoTime() % 100000, 36).toUpperCase(java.util.Locale.ROOT);
        long referralId = signedIn.as("school", () -> {
            org.consilium.referral.ReferralDetails d = new org.consilium.referral.ReferralDetails();
            d.setUrgency(org.consilium.referral.Urgency.URGENT);
            d.setPeopleConcerned(pupil + ", 7-В клас");
            d.setDescription("Пропускає уроки, каже, що доглядає молодших братів.");
            return referrals.submitFromMyAgency(d);
        }).getId();
        signedIn.as("intake", () -> {
            org.consilium.family.FamilyDetails fd = new org.consilium.family.FamilyDetails();
            fd.setMembers(List.of(
                    new org.consilium.family.MemberDetails("Журавель", "Ганна", java.time.LocalDate.parse("1985-03-02"),
                            org.consilium.family.Sex.FEMALE, org.consilium.family.Relation.MOTHER),
                    new org.consilium.family.MemberDetails("Журавель", "Назар", java.time.LocalDate.parse("2013-09-14"),
                            org.consilium.family.Sex.MALE, org.consilium.family.Relation.CHILD)));
            return families.register(fd, true);
        });

        signInAsDemo("intake", "Олена Савчук");
        driver.get(url("referrals?referral=" + referralId));
        waitForText(pupil);
        button("Почати перевірку").click();
        waitForText("Перевірку розпочато.");
        pick("Сім’я, якої стосується звернення", "Журавель", "Журавель Назар");
        button("Прив’язати сім’ю").click();
        waitForText("Сім’ю прив’язано до звернення.");
        screenshot("referral-verified-intake-uk");

        signInAsDemo("supervisor", "Андрій Мороз");
        driver.get(url("referrals?referral=" + referralId));
        waitForText(pupil);
        button("Ухвалити рішення й відкрити випадок").click();
        waitForText("Виконані критерії");
        pick("Рівень супроводу", "Баз", "Базовий (профілактичний)");
        pick("Модель", "Брок", "Брокерська");
        driver.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.getText().contains("Понад три проблеми")).findFirst().orElseThrow().click();
        pick("Кейс-менеджер", "Ірина", "Ірина Коваль");
        driver.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.isDisplayed() && c.getText().startsWith("Призначити, хоча")).findFirst().ifPresent(WebElement::click);
        screenshot("open-case-supervisor-uk");
        button("Відкрити випадок").click();
        waitForText("Випадок сім’ї Журавель");
        assertThat(pageText()).contains("Первинна оцінка", "Найближчий термін", "Термінове", "Журавель Назар");
        screenshot("case-opened-supervisor-uk");
    }
}
