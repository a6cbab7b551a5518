package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.request.InformationRequest;
import org.consilium.request.RequestService;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.TestRequests;
import org.consilium.testing.TestRequests.RequestCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An information request in a real headless Chromium, in Ukrainian: the school finds it among its
 * requests to answer, answers the characterisation and submits it; the curator reads the answer and
 * prints it as PDF.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestJourneyTest extends SignedInJourney {

    @Autowired
    TestRequests testRequests;

    @Autowired
    RequestService requests;

    @Autowired
    SignedIn signedIn;

    /** Chooses an item of a Vaadin select found by its label. */
    private void choose(String label, String item) {
        Chromium.retrying(driver, d -> {
            WebElement select = d.findElements(By.cssSelector("vaadin-select")).stream()
                    .filter(s -> s.isDisplayed() && label.equals(s.getDomProperty("label"))).findFirst().orElse(null);
            if (select == null) {
                return null;
            }
            Chromium.click(d, select);
            return true;
        });
        Chromium.clickFirst(driver, "vaadin-select-item", i -> i.getText().trim().equals(item));
    }

    /** Scrolls the page so that the part matching {@code css} is on screen. */
    private void showPart(String css) {
        Chromium.retrying(driver, d -> {
            WebElement part = d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null);
            if (part == null) {
                return null;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'start'});", part);
            return true;
        });
    }

    @Test
    void the_school_answers_a_characterisation_in_ukrainian_and_the_curator_reads_and_prints_it() throws IOException {
        RequestCase c = testRequests.caseWithPupil(true);
        InformationRequest r = signedIn.as("curator", () -> requests.send(c.caseId(), TestRequests.characterisation(c)));

        signInAs(c.schoolUser(), "request-test-1", "Тестова Особа");
        go("requests");
        Chromium.waitForText(driver, "Характеристика зі школи — Юрченко Павло");
        Chromium.clickFirst(driver, "a[href='request/" + r.getId() + "']", a -> true);
        Chromium.waitForText(driver, "Пропущено днів з поважної причини");
        Chromium.type(driver, "vaadin-text-field", "Пропущено днів з поважної причини", "3");
        Chromium.type(driver, "vaadin-text-field", "Пропущено днів без поважної причини", "2");
        Chromium.type(driver, "vaadin-text-area", "Поведінка", "Спокійний, допомагає однокласникам");
        Chromium.type(driver, "vaadin-text-area", "Сильні сторони та інтереси", "Любить математику й шахи");
        choose("Підготував (посада)", "класний керівник");
        Chromium.type(driver, "vaadin-text-field", "Підготував (ПІБ)", "Іваненко Оксана Петрівна");
        Chromium.type(driver, "vaadin-text-field", "Підписав (керівник закладу)", "Директор Петренко І. В.");
        showPart(".answer-form");
        Chromium.screenshot(driver, "request-school-answering-uk");
        Chromium.clickButton(driver, ".request-answer-actions", "Надіслати відповідь");
        Chromium.clickButton(driver, "vaadin-dialog", "Надіслати відповідь");
        Chromium.waitForText(driver, "Відповідь надіслано");
        Chromium.waitForText(driver, "Надіслав(ла)");
        showPart(".request-answer");
        Chromium.screenshot(driver, "request-school-answered-uk");

        signInAs("curator", "demo1234", "Ірина Коваль");
        go("request/" + r.getId());
        Chromium.waitForText(driver, "Любить математику й шахи");
        assertThat(Chromium.text(driver)).contains("Іваненко Оксана Петрівна", "класний керівник", "Директор Петренко І. В.",
                "отримано відповідь");
        showPart(".request-answer");
        Chromium.screenshot(driver, "request-curator-reads-uk");
        String pdf = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                fetch(document.querySelector('a.request-pdf').href).then(r => r.arrayBuffer()).then(b => {
                    const bytes = new Uint8Array(b);
                    let s = '';
                    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done(btoa(s));
                });
                """);
        byte[] bytes = Base64.getDecoder().decode(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Характеристика учня", "Юрченко Павло",
                    "Любить математику й шахи", "Іваненко Оксана Петрівна");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(Chromium.SCREENSHOTS);
            ImageIO.write(page, "png", Chromium.SCREENSHOTS.resolve("request-characterisation-pdf-uk.png").toFile());
        }
    }
}
