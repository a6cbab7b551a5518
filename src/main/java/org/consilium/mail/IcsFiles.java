package org.consilium.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * iCalendar files (RFC 5545, with the methods of RFC 5546): an invitation to an event, its
 * cancellation, and a feed of many events for a calendar subscription. Times are written in UTC, so
 * the files need no time-zone definitions.
 */
@Component
public class IcsFiles {

    public static final String INVITATION_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CANCELLATION_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";
    public static final String FEED_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODUCT = "-//Consilium//Consilium portal//UK";

    /** An event as the calendar file tells it; the uid stays the same across its updates. */
    public record IcsEvent(String uid, int sequence, Instant start, Instant end, String summary, String description,
            String location, String organizerName, String organizerEmail, List<Person> attendees) {

        public IcsEvent {
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }

        /** Someone invited, or the organiser. */
        public record Person(String name, String email) {
        }
    }

    private final Clock clock;

    public IcsFiles(Clock clock) {
        this.clock = clock;
    }

    /** An invitation, or an update of one with a higher sequence (METHOD:REQUEST). */
    public byte[] invitation(IcsEvent event) {
        return write(calendar(Method.VALUE_REQUEST).add(vevent(event, Status.VALUE_CONFIRMED)));
    }

    /** The event is off (METHOD:CANCEL) — same uid, the caller's next sequence. */
    public byte[] cancellation(IcsEvent event) {
        return write(calendar(Method.VALUE_CANCEL).add(vevent(event, Status.VALUE_CANCELLED)));
    }

    /**
     * Many events for a calendar application to subscribe to (METHOD:PUBLISH). Written without iTIP's
     * checks: a subscription is read, never answered, so its events may have no organiser, and it may
     * be empty; the checks would log a warning at every refresh of such a feed.
     */
    public byte[] feed(String calendarName, List<IcsEvent> events) {
        Calendar calendar = calendar(Method.VALUE_PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (IcsEvent event : events) {
            calendar.add(vevent(event, Status.VALUE_CONFIRMED));
        }
        return write(calendar, false);
    }

    private static Calendar calendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        return calendar;
    }

    private VEvent vevent(IcsEvent e, String status) {
        VEvent event = new VEvent(utc(e.start()), utc(e.end()), e.summary());
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        // The constructor stamps the machine's time; the stamp follows the application's clock instead.
        event.replace(new DtStamp(utc(Instant.now(clock))));
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.organizerEmail() != null) {
            Organizer organizer = new Organizer(mailto(e.organizerEmail()));
            if (e.organizerName() != null) {
                organizer.add(new Cn(e.organizerName()));
            }
            event.add(organizer);
        }
        for (IcsEvent.Person p : e.attendees()) {
            Attendee attendee = new Attendee(mailto(p.email()));
            if (p.name() != null) {
                attendee.add(new Cn(p.name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        event.add(new Status(status));
        return event;
    }

    /** Whole seconds: calendar times have no fractions. */
    private static Instant utc(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.trim());
    }

    private static byte[] write(Calendar calendar) {
        return write(calendar, true);
    }

    private static byte[] write(Calendar calendar, boolean validating) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new CalendarOutputter(validating).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Not a valid calendar: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
