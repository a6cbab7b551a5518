package org.consilium.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.consilium.mail.IcsFiles;
import org.consilium.mail.IcsFiles.IcsEvent;
import org.consilium.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * Tells the invited who have an e-mail address about a meeting: the invitation with its calendar file,
 * an update with the same UID and a higher sequence, or the cancellation. Each gets a message of their
 * own. Without a mail server the messages stay in the administrator's outbox (decision 0021); the
 * portal's own list of meetings shows the invitation either way.
 */
@Component
class Invitations {

    /** The language of the messages: the portal's own. */
    private static final Locale LANGUAGE = Locale.forLanguageTag("uk");

    private final Outbox outbox;
    private final IcsFiles ics;
    private final I18NProvider i18n;

    Invitations(Outbox outbox, IcsFiles ics, I18NProvider i18n) {
        this.outbox = outbox;
        this.ics = ics;
        this.i18n = i18n;
    }

    /** The invitation, or its update when the meeting's sequence has grown. */
    void invite(Meeting m) {
        send(m, m.getSequence() == 0 ? "meeting.mail.invitation" : "meeting.mail.update", ics.invitation(event(m)),
                IcsFiles.INVITATION_TYPE);
    }

    void cancel(Meeting m) {
        send(m, "meeting.mail.cancellation", ics.cancellation(event(m)), IcsFiles.CANCELLATION_TYPE);
    }

    private void send(Meeting m, String key, byte[] calendar, String type) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(LANGUAGE)
                .withZone(ZoneId.systemDefault()).format(m.getStartsAt());
        String where = m.getPlace() == null ? "" : m.getPlace();
        if (m.getOnlineLink() != null) {
            where = where.isEmpty() ? m.getOnlineLink() : where + ", " + m.getOnlineLink();
        }
        String subject = i18n.getTranslation(key + ".subject", LANGUAGE, m.getTitle(), when);
        String text = i18n.getTranslation(key + ".text", LANGUAGE, m.getTitle(), when, where, m.getChairName());
        for (Participant p : m.getParticipants()) {
            boolean chair = p.getUserId() != null && p.getUserId() == m.getChairId();
            if (p.getEmail() != null && !p.getEmail().isBlank() && !chair) {
                outbox.send(new Outbox.OutgoingMail(List.of(p.getEmail()), subject, text,
                        List.of(new Outbox.MailAttachment("invite.ics", type, calendar))));
            }
        }
    }

    private static IcsEvent event(Meeting m) {
        Participant chair = m.getParticipants().stream().filter(p -> p.getUserId() != null && p.getUserId() == m.getChairId())
                .findFirst().orElse(null);
        String location = m.getPlace() == null ? m.getOnlineLink() : m.getPlace();
        return new IcsEvent(m.getUid(), m.getSequence(), m.getStartsAt(), m.getEndsAt(), m.getTitle(),
                m.getOnlineLink() == null ? m.getTitle() : m.getTitle() + "\n" + m.getOnlineLink(), location,
                m.getChairName(), chair == null ? null : chair.getEmail(),
                m.getParticipants().stream().filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                        .map(p -> new IcsEvent.Person(p.getName(), p.getEmail())).toList());
    }
}
