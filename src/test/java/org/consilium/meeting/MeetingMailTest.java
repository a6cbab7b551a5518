package org.consilium.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consilium.account.UserAccountDetails;
import org.consilium.account.UserAccountService;
import org.consilium.agency.AgencyType;
import org.consilium.security.AppRoles;
import org.consilium.testing.MailParts;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.consilium.testing.StaffAccounts;
import org.consilium.testing.TestPlans;
import org.consilium.testing.TestPlans.PlanningCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Invitations by e-mail (GreenMail on a free port): the invitation carries a calendar file that parses,
 * an update keeps the UID and raises the SEQUENCE, and the cancellation says METHOD:CANCEL; each
 * recipient reads it in their own language.
 */
@MariaDbTest
class MeetingMailTest {

    static final int PORT = MailParts.freePort();

    @RegisterExtension
    static final GreenMailExtension mailServer = MailParts.server(PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailParts.useServer(registry, PORT);
    }

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

    @Autowired
    UserAccountService accounts;

    @Test
    void the_guest_receives_the_invitation_its_update_and_its_cancellation_as_one_calendar_event() throws Exception {
        PlanningCase c = testPlans.caseInPlanning();
        String guest = SignedIn.unique("guest").toLowerCase() + "@example.org";
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle("Нарада щодо Савченко");
        d.setDay(LocalDate.now(clock).plusDays(5));
        d.setStartsAt(LocalTime.of(5, 0));
        d.setEndsAt(LocalTime.of(5, 45));
        d.setPlace("ЦСС");
        d.setAgencyIds(Set.of(staff.agencyOf(AgencyType.SCHOOL).getId()));
        d.setGuests(List.of(new MeetingDetails.Guest("Оксана Бондар", guest)));
        Meeting m = signedIn.as("curator", () -> meetings.schedule(d));

        VEvent invited = event(received(guest, 1), "REQUEST");
        assertThat(value(invited, Property.UID)).isEqualTo(m.getUid());
        assertThat(value(invited, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(invited, Property.SUMMARY)).isEqualTo("Нарада щодо Савченко");

        d.setStartsAt(LocalTime.of(5, 30));
        d.setEndsAt(LocalTime.of(6, 15));
        Meeting moved = signedIn.as("curator", () -> meetings.reschedule(m.getId(), m.getVersion(), d));
        VEvent updated = event(received(guest, 2), "REQUEST");
        assertThat(value(updated, Property.UID)).isEqualTo(m.getUid());
        assertThat(value(updated, Property.SEQUENCE)).isEqualTo("1");

        signedIn.as("curator", () -> meetings.cancel(m.getId(), moved.getVersion()));
        VEvent cancelled = event(received(guest, 3), "CANCEL");
        assertThat(value(cancelled, Property.UID)).isEqualTo(m.getUid());
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void each_recipient_reads_the_invitation_in_their_language_a_user_in_their_accounts_and_a_guest_in_ukrainian()
            throws Exception {
        PlanningCase c = testPlans.caseInPlanning();
        String english = SignedIn.unique("english").toLowerCase() + "@example.org";
        String guest = SignedIn.unique("guest").toLowerCase() + "@example.org";
        UserAccountDetails account = staff.details(SignedIn.unique("eng").toLowerCase(), "Emma Brown", AppRoles.HEALTH,
                AgencyType.HEALTH, "english-pass-1");
        account.setEmail(english);
        account.setLocale(Locale.ENGLISH);
        long englishId = signedIn.as("admin", () -> accounts.create(account)).getId();
        MeetingDetails d = new MeetingDetails();
        d.setKind(MeetingKind.CASE_CONFERENCE);
        d.setCaseId(c.caseId());
        d.setTitle("Нарада двома мовами");
        d.setDay(LocalDate.now(clock).plusDays(6));
        d.setStartsAt(LocalTime.of(6, 0));
        d.setEndsAt(LocalTime.of(6, 30));
        d.setUserIds(Set.of(englishId));
        d.setGuests(List.of(new MeetingDetails.Guest("Оксана Бондар", guest)));
        signedIn.as("curator", () -> meetings.schedule(d));

        MimeMessage toEnglish = received(english, 1);
        assertThat(toEnglish.getSubject()).startsWith("Invitation: Нарада двома мовами");
        assertThat(toEnglish.getAllRecipients()).hasSize(1);
        assertThat(received(guest, 1).getSubject()).startsWith("Запрошення: Нарада двома мовами");
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
    }

    /** The {@code n}-th message to {@code address}, once it has arrived. */
    private MimeMessage received(String address, int n) throws MessagingException {
        long until = System.currentTimeMillis() + 10_000;
        while (true) {
            List<MimeMessage> to = Arrays.stream(mailServer.getReceivedMessages()).filter(x -> {
                try {
                    return Arrays.stream(x.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (to.size() >= n) {
                return to.get(n - 1);
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("only " + to.size() + " messages to " + address);
            }
            mailServer.waitForIncomingEmail(500, mailServer.getReceivedMessages().length + 1);
        }
    }

    private static VEvent event(MimeMessage message, String method) throws Exception {
        BodyPart part = MailParts.calendarPart((Multipart) message.getContent());
        assertThat(part).isNotNull();
        assertThat(part.getContentType()).contains("method=" + method);
        try (InputStream in = part.getInputStream()) {
            Calendar calendar = new CalendarBuilder().build(in);
            assertThat(calendar.getProperty(Property.METHOD).map(p -> ((Property) p).getValue())).hasValue(method);
            return calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        }
    }
}
