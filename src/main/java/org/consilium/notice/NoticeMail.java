package org.consilium.notice;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.consilium.account.UserAccount;
import org.consilium.base.Languages;
import org.consilium.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails of the notification centre, each in its recipient's language. A mail names neither a
 * family nor a task: it says what kind of thing happened and links to the portal, where the reader
 * signs in to see it. A family member's mail is in plain words ("you have a new task in your plan").
 * Sent through the outbox after the commit (decision 0021).
 */
@Component
class NoticeMail {

    private final Outbox outbox;
    private final I18NProvider i18n;
    private final String portalUrl;

    NoticeMail(Outbox outbox, I18NProvider i18n, @Value("${consilium.public-url:http://localhost:8080}") String portalUrl) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** Whether the user has an address to mail. */
    static boolean reachable(UserAccount a) {
        return a.getEmail() != null && !a.getEmail().isBlank();
    }

    /** One notice, at once. */
    void instant(UserAccount to, Notice n) {
        Locale language = languageOf(to);
        String line = line(to, n, language);
        outbox.send(new Outbox.OutgoingMail(List.of(to.getEmail()), i18n.getTranslation("notice.mail.subject", language, line),
                i18n.getTranslation("notice.mail.text", language, to.getFullName(), line, url(n)), List.of()));
    }

    /** The day's notices in one message. */
    void digest(UserAccount to, List<Notice> notices) {
        Locale language = languageOf(to);
        StringBuilder lines = new StringBuilder();
        for (Notice n : notices) {
            lines.append("• ").append(line(to, n, language)).append('\n').append("  ").append(url(n)).append('\n');
        }
        outbox.send(new Outbox.OutgoingMail(List.of(to.getEmail()),
                i18n.getTranslation("notice.digest.subject", language, notices.size()),
                i18n.getTranslation("notice.digest.text", language, to.getFullName(), lines.toString().stripTrailing()),
                List.of()));
    }

    /** What happened, without the family or the task: for a mail. */
    private String line(UserAccount to, Notice n, Locale language) {
        if (to.getFamily() != null) {
            String key = "notice.family." + n.getKind();
            String text = i18n.getTranslation(key, language);
            return text == null || text.equals(key) || text.startsWith("!") ? i18n.getTranslation("notice.family.other", language)
                    : text;
        }
        return i18n.getTranslation(n.messageKey(), language, n.getActorName() == null ? "" : n.getActorName(),
                i18n.getTranslation("notice.aFamily", language));
    }

    private String url(Notice n) {
        return portalUrl + "/" + (n.getLink() == null ? "" : n.getLink());
    }

    static Locale languageOf(UserAccount a) {
        return a.getLocale() == null ? Languages.UKRAINIAN : Languages.bestMatch(a.getLocale());
    }
}
