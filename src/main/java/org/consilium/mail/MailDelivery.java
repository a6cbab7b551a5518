package org.consilium.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Hands a recorded message to the mail server and writes down how that went, in a transaction of its
 * own (the caller's has already committed).
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final OutboxMessageRepository messages;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String host;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> sender, OutboxMessageRepository messages,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${spring.mail.host:}") String host, @Value("${consilium.mail.from:consilium@localhost}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.host = host;
        this.from = from;
    }

    /** A mail server is configured (spring.mail.host); without one messages stay in the portal. */
    boolean serverConfigured() {
        return StringUtils.hasText(host) && sender.getIfAvailable() != null;
    }

    void deliver(long id, Outbox.OutgoingMail mail) {
        String error = null;
        try {
            sender.getObject().send(mime -> {
                MimeMessageHelper helper = new MimeMessageHelper(mime, !mail.attachments().isEmpty(),
                        StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.to().toArray(String[]::new));
                helper.setSubject(mail.subject());
                helper.setText(mail.text(), false);
                for (Outbox.MailAttachment a : mail.attachments()) {
                    helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
                }
            });
        } catch (RuntimeException e) {
            // Whatever goes wrong here (a server down, a refused address, a broken attachment), the
            // caller's work is committed: it is written down for the administrator, never thrown.
            log.warn("Outbox message {} could not be sent: {}", id, e.getMessage());
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String failure = error;
        try {
            ownTransaction.executeWithoutResult(status -> messages.findById(id).ifPresent(m -> {
                if (failure == null) {
                    m.sent(Instant.now(clock));
                } else {
                    m.failed(failure);
                }
            }));
        } catch (RuntimeException e) {
            log.error("Outbox message {}: its outcome could not be recorded", id, e);
        }
    }
}
