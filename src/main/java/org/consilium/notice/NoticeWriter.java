package org.consilium.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.consilium.account.UserAccount;
import org.consilium.casefile.CaseService;
import org.consilium.live.LivePages;
import org.consilium.live.PageChange;
import org.consilium.live.Topics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notices for the users to tell and mails those who want each at once. Nobody is told of what
 * they did themselves. The family's name and the subject are kept only for those who may see the
 * case now (by its access policy); the others learn that something happened and where. A notice with a
 * once-key goes to each user only once, however often it is asked for. After the commit each
 * recipient's open pages update their bell.
 */
@Component
class NoticeWriter {

    private final NoticeRepository notices;
    private final NoticeSettingRepository settings;
    private final CaseService cases;
    private final NoticeMail mail;
    private final LivePages pages;
    private final Clock clock;

    NoticeWriter(NoticeRepository notices, NoticeSettingRepository settings, CaseService cases, NoticeMail mail,
                 LivePages pages, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.cases = cases;
        this.mail = mail;
        this.pages = pages;
        this.clock = clock;
    }

    /** Tells each of {@code recipients} (each once, the actor not at all); returns how many were told. */
    @Transactional
    int tell(Tell t, Collection<UserAccount> recipients) {
        Map<Long, UserAccount> to = new LinkedHashMap<>();
        recipients.stream().filter(a -> !a.getUsername().equals(t.actor())).forEach(a -> to.putIfAbsent(a.getId(), a));
        if (to.isEmpty()) {
            return 0;
        }
        Set<Long> readers = t.caseId() == null ? to.keySet() : cases.readersAmong(t.caseId(), to.values());
        Instant now = clock.instant();
        int told = 0;
        for (UserAccount a : to.values()) {
            if (t.onceKey() != null && notices.existsByRecipientIdAndOnceKey(a.getId(), t.onceKey())) {
                continue;
            }
            boolean reads = readers.contains(a.getId());
            Notice n = notices.save(new Notice(a.getId(), t.kind(), t.caseId(), reads || t.familyOpen() ? t.familyName() : null,
                    reads || t.subjectOpen() ? t.subject() : null, t.actorName(), t.link(), t.onceKey(), now));
            MailChoice choice = settings.findById(a.getId()).map(NoticeSetting::getMail).orElse(MailChoice.INSTANT);
            if (choice == MailChoice.INSTANT && NoticeMail.reachable(a)) {
                mail.instant(a, n);
                n.mailed(now);
            }
            told++;
            PageChange bell = new PageChange(Topics.ofUser(a.getId()), null, t.actor(), t.actorName(), "live.notice", now);
            afterCommit(() -> pages.publishSoon(bell));
        }
        notices.flush();
        return told;
    }

    static void afterCommit(Runnable task) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            task.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                task.run();
            }
        });
    }
}
