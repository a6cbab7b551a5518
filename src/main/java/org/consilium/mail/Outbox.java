package org.consilium.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consilium.base.BusinessException;
import org.consilium.security.AppRoles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every e-mail the portal sends goes through here. The message is recorded with the caller's work and
 * sent only once that work is committed, so that a rolled-back change never mails anyone; with no mail
 * server configured it stays in the portal for the administrator to read (decision 0021).
 */
@Service
public class Outbox {

    public static final String FIELD_TO = "to";
    public static final String FIELD_SUBJECT = "subject";
    public static final String FIELD_TEXT = "text";

    /** A message to send: plain text, with files. */
    public record OutgoingMail(List<String> to, String subject, String text, List<MailAttachment> attachments) {

        public OutgoingMail {
            to = List.copyOf(to);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    /**
     * A file sent with a message. The content type is used as given: a calendar file says its method
     * there ({@link IcsFiles#INVITATION_TYPE}, {@link IcsFiles#CANCELLATION_TYPE}).
     */
    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }

    private final OutboxMessageRepository messages;
    private final MailDelivery delivery;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, MailDelivery delivery, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Records the message and sends it after the surrounding transaction commits (at once without
     * one). A failure to send marks the message failed and is never thrown to the caller.
     */
    public void send(OutgoingMail mail) {
        check(mail);
        Instant now = Instant.now(clock);
        OutboxMessage message = messages.save(new OutboxMessage(mail.to(), mail.subject(), mail.text(),
                mail.attachments().stream().map(MailAttachment::fileName).toList(), now));
        if (!delivery.serverConfigured()) {
            return;
        }
        long id = message.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliver(id, mail);
                }
            });
        } else {
            delivery.deliver(id, mail);
        }
    }

    private static void check(OutgoingMail mail) {
        if (mail.to().isEmpty()) {
            throw BusinessException.atField(FIELD_TO, "mail.address.missing");
        }
        for (String address : mail.to()) {
            try {
                if (address == null) {
                    throw new AddressException();
                }
                new InternetAddress(address, true).validate();
            } catch (AddressException e) {
                throw BusinessException.atField(FIELD_TO, "mail.address.invalid", address);
            }
        }
        if (String.join(", ", mail.to()).length() > OutboxMessage.RECIPIENTS_MAX) {
            throw BusinessException.atField(FIELD_TO, "mail.address.tooMany");
        }
        if (mail.subject() == null || mail.subject().isBlank() || mail.subject().length() > OutboxMessage.SUBJECT_MAX) {
            throw BusinessException.atField(FIELD_SUBJECT, "mail.subject.invalid", OutboxMessage.SUBJECT_MAX);
        }
        if (mail.text() == null || mail.text().length() > OutboxMessage.BODY_MAX) {
            throw BusinessException.atField(FIELD_TEXT, "mail.text.tooLong", OutboxMessage.BODY_MAX);
        }
    }

    /** The outbox, newest first. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public Page<OutboxRow> page(Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return messages.findAll(newestFirst).map(OutboxMessage::row);
    }

    /** One message with its text and file names. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<OutboxMessage> message(long id) {
        return messages.findById(id);
    }

    /** Whether messages go out by mail; without a server they are only kept here. */
    public boolean sends() {
        return delivery.serverConfigured();
    }
}
