package org.consilium.meeting;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consilium.account.SignedInUser;
import org.consilium.account.UserAccountService;
import org.consilium.base.Languages;
import org.consilium.mail.IcsFiles;
import org.consilium.mail.IcsFiles.IcsEvent;
import org.consilium.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the invited who have an e-mail address about a meeting: the invitation with its calendar file,
 * an update with the same UID and a higher sequence, or the cancellation. Each gets a message of their
 * own, in their language: a portal user in the language of their account, an agency, a family member or
 * a guest in the portal's own (Ukrainian). Without a mail server the messages stay in the
 * administrator's outbox (decision 0021); the portal's own list of meetings shows the invitation either
 * way.
 */
@Component
class Invitations {

    /** The language of the messages to those without an account of their own: the portal's. */
    private static final Locale PORTAL_LANGUAGE = Languages.UKRAINIAN;

    private final Outbox outbox;
    private final IcsFiles ics;
    private final I18NProvider i18n;
    private final UserAccountService accounts;
    private final String portalSender;

    Invitations(Outbox outbox, IcsFiles ics, I18NProvider i18n, UserAccountService accounts,
                @Value("${consilium.mail.from:consilium@localhost}") String portalSender) {
        this.portalSender = portalSender;
        this.outbox = outbox;
        this.ics = ics;
        this.i18n = i18n;
        this.accounts = accounts;
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
        Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
        for (Participant p : m.getParticipants()) {
            boolean chair = p.getUserId() != null && p.getUserId() == m.getChairId();
            if (p.getEmail() != null && !p.getEmail().isBlank() && !chair) {
                byLanguage.computeIfAbsent(languageOf(p), l -> new ArrayList<>()).add(p.getEmail());
            }
        }
        byLanguage.forEach((language, addresses) -> {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                    .withZone(ZoneId.systemDefault()).format(m.getStartsAt());
            String where = m.getPlace() == null ? "" : m.getPlace();
            if (m.getOnlineLink() != null) {
                where = where.isEmpty() ? m.getOnlineLink() : where + ", " + m.getOnlineLink();
            }
            String subject = i18n.getTranslation(key + ".subject", language, m.getTitle(), when);
            String text = i18n.getTranslation(key + ".text", language, m.getTitle(), when, where, m.getChairName());
            for (String address : addresses) {
                outbox.send(new Outbox.OutgoingMail(List.of(address), subject, text,
                        List.of(new Outbox.MailAttachment("invite.ics", type, calendar))));
            }
        });
    }

    /**
     * A portal user reads in the language of their account; an agency, a family member and a guest in
     * the portal's own.
     */
    private Locale languageOf(Participant p) {
        if (p.getKind() != Participant.Kind.USER || p.getUserId() == null) {
            return PORTAL_LANGUAGE;
        }
        return accounts.enabledUser(p.getUserId()).map(SignedInUser::locale).orElse(PORTAL_LANGUAGE);
    }

    /**
     * The event as the calendar file tells it. An invitation needs an organiser to answer to: the chair,
     * or, when the chair has no e-mail address, the portal's own sender in the chair's name.
     */
    private IcsEvent event(Meeting m) {
        Participant chair = m.getParticipants().stream().filter(p -> p.getUserId() != null && p.getUserId() == m.getChairId())
                .findFirst().orElse(null);
        String location = m.getPlace() == null ? m.getOnlineLink() : m.getPlace();
        return new IcsEvent(m.getUid(), m.getSequence(), m.getStartsAt(), m.getEndsAt(), m.getTitle(),
                m.getOnlineLink() == null ? m.getTitle() : m.getTitle() + "\n" + m.getOnlineLink(), location,
                m.getChairName(), chair == null || chair.getEmail() == null || chair.getEmail().isBlank() ? portalSender : chair.getEmail(),
                m.getParticipants().stream().filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                        .map(p -> new IcsEvent.Person(p.getName(), p.getEmail())).toList());
    }
}
