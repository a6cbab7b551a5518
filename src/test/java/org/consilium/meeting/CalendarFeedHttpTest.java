package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consilium.security.AppRoles;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The subscription address over real HTTP, as a calendar program fetches it: no sign-in, a calendar
 * file that parses with the user's meeting, the portal's security headers, no session started; an
 * address unknown, malformed or revoked is not found.
 */
@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    MeetingService meetings;

    @Autowired
    TestPlans testPlans;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_calendar_program_fetches_the_feed_without_signing_in_and_a_revoked_address_is_not_found() throws Exception {
        long caseId = testPlans.caseInPlanning().caseId();
        String owner = staff.createInAnotherTeam("feedh", "Петро Підписник", AppRoles.CURATOR, "feed-pass-123");
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(caseId);
        d.setTitle("Нарада через календар");
        d.setDay(LocalDate.now(clock).plusDays(6));
        d.setStartsAt(LocalTime.of(9, 0));
        d.setEndsAt(LocalTime.of(10, 0));
        d.setPlace("ЦСС");
        d.setUserIds(Set.of(staff.idOf(owner)));
        Meeting m = signedIn.as("curator", () -> meetings.schedule(d));
        String secret = signedIn.as(owner, feeds::newAddress);

        HttpResponse<byte[]> feed = get("/calendar/feed/" + secret + ".ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", ""))
                .startsWith("text/calendar").containsIgnoringCase("charset=UTF-8"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(e -> e.getProperty(Property.UID).map(p -> ((Property) p).getValue()).orElseThrow())
                .contains(m.getUid());
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).map(p -> ((Property) p).getValue()).orElseThrow())
                .contains("Нарада через календар");
        var h = feed.headers();
        assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(h.allValues("Set-Cookie")).as("a calendar program starts no session").isEmpty();

        assertThat(get("/calendar/feed/" + "B".repeat(43) + ".ics").statusCode()).as("unknown").isEqualTo(404);
        assertThat(get("/calendar/feed/not-a-secret.ics").statusCode()).as("malformed").isEqualTo(404);
        signedIn.as(owner, feeds::revokeMyAddress);
        HttpResponse<byte[]> revoked = get("/calendar/feed/" + secret + ".ics");
        assertThat(revoked.statusCode()).as("revoked").isEqualTo(404);
        assertThat(new String(revoked.body())).doesNotContain(m.getUid());
        assertThat(revoked.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
