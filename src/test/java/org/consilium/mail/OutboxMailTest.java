package org.consilium.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.consilium.base.BusinessException;
import org.consilium.mail.IcsFiles.IcsEvent;
import org.consilium.mail.Outbox.MailAttachment;
import org.consilium.mail.Outbox.OutgoingMail;
import org.consilium.testing.MailParts;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox with a mail server (GreenMail on a free port); other tests run without one. */
@MariaDbTest
class OutboxMailTest {

    static final int PORT = MailParts.freePort();

    @RegisterExtension
    static final GreenMailExtension mailServer = MailParts.server(PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MailParts.useServer(registry, PORT);
        registry.add("consilium.mail.from", () -> "portal@consilium.test");
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxMessageRepository messages;

    @Autowired
    IcsFiles ics;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_message_sent_in_a_committed_transaction_arrives_with_its_calendar_file_and_is_marked_sent() throws Exception {
        String subject = SignedIn.unique("Запрошення на нараду ");
        String uid = SignedIn.unique("meeting-") + "@consilium";
        byte[] invitation = ics.invitation(new IcsEvent(uid, 0, Instant.parse("2026-04-02T08:00:00Z"),
                Instant.parse("2026-04-02T09:00:00Z"), "Нарада", null, null, "Куратор", "curator@example.org",
                List.of(new IcsEvent.Person("Школа", "school@example.org"))));

        transaction.executeWithoutResult(status -> outbox.send(new OutgoingMail(List.of("school@example.org"), subject,
                "Запрошуємо на нараду.", List.of(new MailAttachment("invite.ics", IcsFiles.INVITATION_TYPE, invitation)))));

        MimeMessage received = arrived(subject);
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("school@example.org");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("portal@consilium.test");
        BodyPart calendarPart = MailParts.calendarPart((Multipart) received.getContent());
        assertThat(calendarPart.getContentType()).contains("text/calendar").contains("method=REQUEST");
        try (InputStream in = calendarPart.getInputStream()) {
            Calendar calendar = new CalendarBuilder().build(in);
            VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
            assertThat(event.getProperty(Property.UID).map(p -> ((Property) p).getValue())).hasValue(uid);
        }
        OutboxMessage kept = bySubject(subject);
        assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(kept.getSentAt()).isNotNull();
        assertThat(kept.getAttachmentNames()).containsExactly("invite.ics");
    }

    @Test
    void a_message_of_a_rolled_back_transaction_is_neither_sent_nor_kept() {
        String subject = SignedIn.unique("Rolled back ");
        int before = mailServer.getReceivedMessages().length;

        transaction.executeWithoutResult(status -> {
            outbox.send(new OutgoingMail(List.of("school@example.org"), subject, "Never.", List.of()));
            status.setRollbackOnly();
        });

        assertThat(mailServer.getReceivedMessages()).hasSize(before);
        assertThat(messages.findAll()).extracting(OutboxMessage::getSubject).doesNotContain(subject);
    }

    @Test
    void without_a_transaction_the_message_is_sent_at_once() throws Exception {
        String subject = SignedIn.unique("At once ");

        outbox.send(new OutgoingMail(List.of("a@example.org", "b@example.org"), subject, "Now.", List.of()));

        assertThat(arrived(subject).getSubject()).isEqualTo(subject);
        assertThat(bySubject(subject).getStatus()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void an_invalid_address_is_refused_at_field_to_and_nothing_is_kept() {
        String subject = SignedIn.unique("Invalid ");
        long before = messages.count();

        assertThatThrownBy(() -> outbox.send(new OutgoingMail(List.of("school@example.org", "not an address"), subject,
                "Text", List.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getField()).hasValue(Outbox.FIELD_TO);
                    assertThat(e.getMessageKey()).isEqualTo("mail.address.invalid");
                    assertThat(e.getArguments()).containsExactly("not an address");
                });
        assertThat(messages.count()).isEqualTo(before);
    }

    private MimeMessage arrived(String subject) {
        mailServer.waitForIncomingEmail(5000, 1);
        return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no message " + subject));
    }

    private OutboxMessage bySubject(String subject) {
        return messages.findAll().stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
    }
}
