package org.consilium.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consilium.mail.IcsFiles.IcsEvent;
import org.consilium.mail.IcsFiles.IcsEvent.Person;
import org.junit.jupiter.api.Test;

class IcsFilesTest {

    final IcsFiles files = new IcsFiles(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));

    static IcsEvent event(String uid, int sequence, String summary) {
        return new IcsEvent(uid, sequence, Instant.parse("2026-03-10T09:00:00Z"), Instant.parse("2026-03-10T10:30:00Z"),
                summary, "Порядок денний: план сім’ї", "Кабінет 12", "Олена Куратор", "curator@example.org",
                List.of(new Person("Іван Школа", "school@example.org"), new Person("Police", "police@example.org")));
    }

    static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    static String value(Component c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    @Test
    void an_invitation_parses_back_with_the_given_uid_sequence_method_organizer_and_attendees() throws Exception {
        byte[] ics = files.invitation(event("meeting-42@consilium", 3, "Нарада щодо родини Коваленко"));

        Calendar calendar = parse(ics);
        assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(calendar.getProductId().getValue()).contains("Consilium");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent e = events.get(0);
        assertThat(value(e, Property.UID)).isEqualTo("meeting-42@consilium");
        assertThat(value(e, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(e, Property.SUMMARY)).isEqualTo("Нарада щодо родини Коваленко");
        assertThat(value(e, Property.LOCATION)).isEqualTo("Кабінет 12");
        assertThat(value(e, Property.DTSTART)).isEqualTo("20260310T090000Z");
        assertThat(value(e, Property.DTEND)).isEqualTo("20260310T103000Z");
        assertThat(value(e, Property.ORGANIZER)).isEqualTo("mailto:curator@example.org");
        List<Property> attendees = e.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue)
                .containsExactly("mailto:school@example.org", "mailto:police@example.org");
        Property school = attendees.get(0);
        assertThat(school.getParameter(Parameter.CN).map(c -> ((Parameter) c).getValue())).hasValue("Іван Школа");
        assertThat(school.getParameter(Parameter.RSVP).map(c -> ((Parameter) c).getValue())).hasValue("TRUE");
        assertThat(school.getParameter(Parameter.PARTSTAT).map(c -> ((Parameter) c).getValue())).hasValue("NEEDS-ACTION");
        assertThat(e.getProperty(Property.ORGANIZER).orElseThrow().getParameter(Parameter.CN)
                .map(c -> ((Parameter) c).getValue())).hasValue("Олена Куратор");
        assertThat(e.<Property>getProperties(Property.DTSTAMP)).extracting(Property::getValue).containsExactly("20260301T080000Z");
        assertThat(new String(ics, StandardCharsets.UTF_8)).contains("BEGIN:VEVENT");
    }

    @Test
    void a_cancellation_keeps_the_uid_and_says_cancel_and_cancelled() throws Exception {
        Calendar calendar = parse(files.cancellation(event("meeting-42@consilium", 4, "Нарада")));

        assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
        VEvent e = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(value(e, Property.UID)).isEqualTo("meeting-42@consilium");
        assertThat(value(e, Property.SEQUENCE)).isEqualTo("4");
        assertThat(value(e, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void a_long_cyrillic_summary_survives_line_folding() throws Exception {
        String summary = "Міждисциплінарна нарада щодо сім’ї Коваленко — перегляд плану, цілі та завдання на квартал";
        Calendar calendar = parse(files.invitation(event("u1", 0, summary)));

        assertThat(value(calendar.getComponents(Component.VEVENT).get(0), Property.SUMMARY)).isEqualTo(summary);
    }

    @Test
    void the_feed_holds_every_event_and_publishes() throws Exception {
        Calendar calendar = parse(files.feed("Консиліум: мої наради",
                List.of(event("a", 0, "Перша"), event("b", 1, "Друга"), event("c", 2, "Третя"))));

        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(e -> value(e, Property.UID))
                .containsExactly("a", "b", "c");
    }
}
