package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.TestCases;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment in a real headless Chromium, as the curator in Ukrainian: a domain written on its
 * form, the child not safe with a safety plan that the case header then shows, and the demo family's
 * housing-conditions act printed as a PDF.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentJourneyTest extends SignedInJourney {

    @Autowired
    TestCases testCases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_curator_writes_a_domain_records_a_safety_plan_and_prints_the_housing_act() throws IOException {
        long caseId = testCases.openCaseForDemoCurator();
        signInAs("curator", "demo1234", "Ірина Коваль");
        go("assessment/" + caseId + "?tab=domains");
        Chromium.waitForText(driver, "Оцінювання цього випадку ще немає");
        Chromium.clickButton(driver, ".assessment-actions", "Розпочати первинне оцінювання");
        Chromium.clickButton(driver, "", "Розпочати");
        Chromium.waitForText(driver, "0 з 7");

        Chromium.clickButton(driver, ".assessment-domain[data-domain='CHILD_DEVELOPMENT']", "Оцінити");
        Chromium.type(driver, "vaadin-text-area", "Що спостерігали", "Ігор пропустив 6 днів у жовтні, вранці не встає");
        Chromium.type(driver, "vaadin-text-area", "Потреби", "Щоденний режим і підтримка з навчанням");
        Chromium.type(driver, "vaadin-text-area", "Сильні сторони й ресурси", "Любить футбол, тренер його хвалить");
        Chromium.screenshot(driver, "assessment-domain-form-uk");
        Chromium.clickButton(driver, "", "Зберегти");
        Chromium.waitForText(driver, "Ігор пропустив 6 днів у жовтні");
        Chromium.waitForText(driver, "1 з 7");

        Chromium.clickButton(driver, ".assessment-safety", "Відповісти");
        Chromium.clickFirst(driver, "vaadin-radio-button", r -> r.getText().contains("НЕ в безпеці"));
        Chromium.type(driver, "vaadin-text-area", "План безпеки: хто що робить", "Мати з Ігорем ночують у бабусі");
        Chromium.type(driver, "vaadin-text-area", "Екстрені контакти", "Поліція 102");
        Chromium.type(driver, "vaadin-date-picker", "До якого числа",
                LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + Keys.TAB);
        Chromium.clickButton(driver, "", "Зберегти");
        Chromium.waitForText(driver, "Дитина зараз НЕ в безпеці");
        Chromium.screenshot(driver, "assessment-domains-uk");

        go("case/" + caseId);
        Chromium.waitForText(driver, "Дитина зараз НЕ в безпеці. План безпеки: Мати з Ігорем ночують у бабусі");
        Chromium.screenshot(driver, "assessment-case-alert-uk");

        long kovalenko = jdbc.queryForObject("SELECT c.id FROM family_case c JOIN family f ON f.id = c.family_id"
                + " WHERE f.name = 'Коваленко' ORDER BY c.id LIMIT 1", Long.class);
        go("assessment/" + kovalenko + "?tab=housingAct");
        Chromium.waitForText(driver, "Друкувати (PDF)");
        Chromium.screenshot(driver, "assessment-housing-act-uk");
        String pdf = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                const link = [...document.querySelectorAll('a')].find(a => a.textContent.includes('PDF'));
                fetch(link.href).then(r => r.arrayBuffer()).then(b => {
                    let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                });
                """);
        try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("АКТ", "обстеження житлово-побутових умов", "Коваленко", "Ірина Коваль", "Висновок");
        }
    }
}
