package org.consilium.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.consilium.mail.Outbox.MailAttachment;
import org.consilium.mail.Outbox.OutgoingMail;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The default configuration, as in the embedded first run: no mail server, messages are kept. */
@MariaDbTest
class OutboxWithoutServerTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxMessageRepository messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignedIn signedIn;

    @Test
    void with_no_mail_server_a_message_is_kept_as_not_sent_and_the_admin_reads_it() {
        String subject = SignedIn.unique("Kept ");
        assertThat(outbox.sends()).isFalse();

        transaction.executeWithoutResult(status -> outbox.send(new OutgoingMail(List.of("school@example.org"), subject,
                "Запрошуємо на нараду.", List.of(new MailAttachment("invite.ics", IcsFiles.INVITATION_TYPE, new byte[] {1})))));

        OutboxMessage kept = messages.findAll().stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
        assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.NOT_SENT);
        assertThat(kept.getSentAt()).isNull();
        assertThat(kept.getErrorText()).isNull();
        assertThat(kept.getRecipients()).isEqualTo("school@example.org");
        assertThat(kept.getAttachmentNames()).containsExactly("invite.ics");

        signedIn.as("admin", () -> {
            assertThat(outbox.page(PageRequest.of(0, 5)).getContent().get(0).subject())
                    .isEqualTo(subject);
            assertThat(outbox.message(kept.getId())).get().extracting(OutboxMessage::getBody).isEqualTo("Запрошуємо на нараду.");
        });
    }

    @Test
    void only_an_administrator_reads_the_outbox() {
        signedIn.as("curator", () -> {
            assertThatThrownBy(() -> outbox.page(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outbox.message(1)).isInstanceOf(AccessDeniedException.class);
        });
    }
}
