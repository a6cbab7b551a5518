package org.consilium.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.consilium.agency.AgencyType;
import org.consilium.meeting.AgendaService;
import org.consilium.meeting.MeetingDetails;
import org.consilium.meeting.MeetingKind;
import org.consilium.meeting.MeetingService;
import org.consilium.meeting.Topic;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.MeetingTimes;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case conference in a real headless Chromium, in Ukrainian: the chair marks who came, writes the
 * minutes, records a decision and finalises the minutes, then prints them; the police officer finds the
 * meeting in the calendar and reads the minutes; the mother reads the decision about her family but not
 * the specialists' minutes.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingJourneyTest extends SignedInJourney {

    private static final String MINUTES = "Школа: шість пропусків у листопаді. Поліція: бесіду проведено.";
    private static final String DECISION = "Зустрітися знову через місяць і переглянути відвідування";

    @Autowired
    TestPlans testPlans;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agenda;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    /** Marks the person in the attendance row naming {@code who} as present, and waits until it is saved. */
    private void markPresent(long meetingId, String who) {
        Chromium.retrying(driver, d -> {
            WebElement row = d.findElements(By.cssSelector(".attendee")).stream()
                    .filter(r -> r.isDisplayed() && r.getText().contains(who)).findFirst().orElse(null);
            if (row == null) {
                return null;
            }
            WebElement present = row.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(b -> b.getText().trim().equals("присутній")).findFirst().orElse(null);
            if (present == null) {
                return null;
            }
            Chromium.click(d, present);
            return true;
        });
        Chromium.retrying(driver, d -> jdbc.queryForObject("SELECT COUNT(*) FROM meeting_participant WHERE meeting_id = ?"
                + " AND name LIKE ? AND attendance = 'PRESENT'", Integer.class, meetingId, "%" + who + "%") > 0 ? true : null);
    }

    /** Fetches the minutes' PDF the page links to, as the signed-in user. */
    private byte[] minutesPdf() {
        String pdf = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[0];
                fetch(document.querySelector('a.minutes-pdf').href).then(r => r.arrayBuffer()).then(b => {
                    const bytes = new Uint8Array(b);
                    let s = '';
                    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                    done(btoa(s));
                });
                """);
        return Base64.getDecoder().decode(pdf);
    }

    @Test
    void the_chair_keeps_the_minutes_the_police_read_them_and_the_family_sees_its_decision() throws IOException {
        PlanningCase c = testPlans.caseInPlanning();
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle("Консиліум щодо Савченко");
        d.setDay(LocalDate.now().plusDays(1));
        d.setStartsAt(LocalTime.of(4, 0));
        d.setEndsAt(LocalTime.of(4, 45));
        d.setPlace("Центр соціальних служб, кімната 3");
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.POLICE).getId()));
        d.setMemberIds(Set.of(c.motherId()));
        long id = signedIn.as("curator", () -> meetings.schedule(d)).getId();
        // Scheduled ahead as users do, and now under way: who came and what was decided are recorded.
        MeetingTimes.underWay(jdbc, id, Instant.now(), Duration.ofMinutes(1));
        signedIn.as("curator", () -> agenda.add(id, Topic.REVIEW, c.caseId(), "Як Ігор відвідує школу?"));

        // The chair in the meeting room.
        signInAs("curator", "demo1234", "Ірина Коваль");
        go("meeting-room/" + id);
        Chromium.waitForText(driver, "Засідання: Консиліум щодо Савченко");
        markPresent(id, "Ірина Коваль");
        markPresent(id, "Сектор ювенальної превенції");
        markPresent(id, "Олена");
        Chromium.type(driver, "vaadin-text-area", "Протокол цього пункту", MINUTES);
        Chromium.clickButton(driver, ".room-item", "Зберегти протокол");
        Chromium.waitForText(driver, "Протокол збережено");
        Chromium.clickButton(driver, ".room-item", "Записати рішення");
        Chromium.type(driver, "vaadin-text-area", "Що вирішили, словами", DECISION);
        Chromium.clickButton(driver, "vaadin-dialog", "Записати й виконати");
        Chromium.waitForText(driver, "Рішення записано й виконано");
        Chromium.screenshot(driver, "meeting-room-chair-uk");
        Chromium.clickButton(driver, ".room-body", "Затвердити протокол");
        Chromium.clickButton(driver, "vaadin-dialog", "Затвердити протокол");
        Chromium.waitForText(driver, "Протокол затверджено");
        assertThat(jdbc.queryForObject("SELECT finalised_at IS NOT NULL FROM meeting WHERE id = ?", Boolean.class, id)).isTrue();
        try (PDDocument doc = Loader.loadPDF(minutesPdf())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Протокол: Консиліум щодо Савченко", "Присутність",
                    "Сектор ювенальної превенції", "присутній", "шість пропусків", "Зустрітися знову через місяць");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Files.createDirectories(Chromium.SCREENSHOTS);
            ImageIO.write(page, "png", Chromium.SCREENSHOTS.resolve("meeting-minutes-pdf-uk.png").toFile());
        }

        // The police officer: the meeting in the calendar, then its minutes.
        signInAs("police", "demo1234", "Сергій Литвин");
        go("meetings/calendar");
        Chromium.clickButton(driver, ".meeting-calendar", "Місяць");
        Chromium.retrying(driver, dr -> dr.findElements(By.cssSelector(".calendar-month")).isEmpty() ? null : true);
        Chromium.waitForText(driver, "Консиліум щодо Савченко");
        Chromium.screenshot(driver, "meeting-calendar-police-uk");
        go("meeting/" + id);
        Chromium.waitForText(driver, "шість пропусків");
        assertThat(Chromium.text(driver)).contains("Протокол затверджено", DECISION);
        Chromium.screenshot(driver, "meeting-minutes-police-uk");

        // The mother: the decision about her family, not the specialists' minutes.
        signInAs(c.familyUser(), "family-plan-1", "Олена Савченко");
        go("meeting/" + id);
        Chromium.waitForText(driver, DECISION);
        assertThat(Chromium.text(driver)).doesNotContain("шість пропусків");
        Chromium.screenshot(driver, "meeting-minutes-family-uk");
    }
}
