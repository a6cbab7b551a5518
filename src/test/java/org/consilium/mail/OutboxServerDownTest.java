package org.consilium.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.consilium.mail.Outbox.OutgoingMail;
import org.consilium.testing.MariaDbTest;
import org.consilium.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail server is configured but nothing answers at its address. */
@MariaDbTest
class OutboxServerDownTest {

    @DynamicPropertySource
    static void deadServer(DynamicPropertyRegistry registry) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int closedPort = port;
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> closedPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxMessageRepository messages;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_message_that_cannot_be_sent_is_marked_failed_with_the_error_and_the_callers_work_stands() {
        String subject = SignedIn.unique("Server down ");

        transaction.executeWithoutResult(status -> outbox.send(new OutgoingMail(List.of("school@example.org"), subject,
                "Text", List.of())));

        OutboxMessage kept = messages.findAll().stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
        assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(kept.getErrorText()).isNotBlank();
        assertThat(kept.getSentAt()).isNull();
    }
}
