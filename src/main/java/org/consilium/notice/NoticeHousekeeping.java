package org.consilium.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.consilium.account.Recipients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification centre's daily work, one node at a time: the digest for those who chose it (the
 * notices of the last day not mailed yet, in one message), and forgetting notices older than
 * {@code consilium.notices.keep} (90 days).
 */
@Component
public class NoticeHousekeeping {

    private final NoticeRepository notices;
    private final NoticeSettingRepository settings;
    private final Recipients recipients;
    private final NoticeMail mail;
    private final Clock clock;
    private final Duration keep;
    private final TransactionTemplate transaction;

    NoticeHousekeeping(NoticeRepository notices, NoticeSettingRepository settings, Recipients recipients, NoticeMail mail,
                       Clock clock, @Value("${consilium.notices.keep:90d}") Duration keep,
                       PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.notices = notices;
        this.settings = settings;
        this.recipients = recipients;
        this.mail = mail;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(cron = "${consilium.notices.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notice-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void everyMorning() {
        transaction.executeWithoutResult(s -> sendDigests());
    }

    @Scheduled(cron = "${consilium.notices.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = "notice-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void everyNight() {
        transaction.executeWithoutResult(s -> forgetOld());
    }

    /** Mails each user who chose the digest the notices of the last day not mailed yet; returns how many mails. */
    @Transactional
    public int sendDigests() {
        List<Long> users = settings.usersChoosing(MailChoice.DIGEST);
        if (users.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<Long, List<Notice>> byUser = notices.unmailedOf(users, now.minus(Duration.ofDays(1))).stream()
                .collect(Collectors.groupingBy(Notice::getRecipientId, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (Map.Entry<Long, List<Notice>> e : byUser.entrySet()) {
            var account = recipients.byId(e.getKey());
            if (account.isPresent() && NoticeMail.reachable(account.get())) {
                mail.digest(account.get(), e.getValue());
                sent++;
            }
            e.getValue().forEach(n -> n.mailed(now));
        }
        return sent;
    }

    /** Forgets notices older than the time they are kept; returns how many. */
    @Transactional
    public int forgetOld() {
        return notices.deleteOlderThan(clock.instant().minus(keep));
    }
}
