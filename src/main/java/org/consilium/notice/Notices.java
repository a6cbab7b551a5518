package org.consilium.notice;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.consilium.account.UserAccount;
import org.consilium.account.UserAccountService;
import org.consilium.base.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's notices: how many are unread, the latest, marking them read, and how the user
 * wants to be mailed. A user reads and marks only their own; another's notice is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    /** How many notices the bell lists. */
    public static final int LATEST = 30;

    private final NoticeRepository notices;
    private final NoticeSettingRepository settings;
    private final UserAccountService accounts;
    private final Clock clock;

    Notices(NoticeRepository notices, NoticeSettingRepository settings, UserAccountService accounts, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PermitAll
    public long myUnreadCount() {
        return notices.unreadOf(me().getId());
    }

    /** The user's latest notices, newest first. */
    @PermitAll
    public List<NoticeRow> myLatest() {
        return notices.latestOf(me().getId(), PageRequest.of(0, LATEST)).stream().map(NoticeRow::of).toList();
    }

    @PermitAll
    @Transactional
    public void markRead(long noticeId) {
        long me = me().getId();
        Notice n = notices.findById(noticeId).filter(x -> x.getRecipientId() == me)
                .orElseThrow(() -> new RecordNotFoundException());
        n.markRead(clock.instant());
    }

    @PermitAll
    @Transactional
    public int markAllRead() {
        return notices.markAllRead(me().getId(), clock.instant());
    }

    /** How the user is mailed: at once unless they chose otherwise. */
    @PermitAll
    public MailChoice myMailChoice() {
        return settings.findById(me().getId()).map(NoticeSetting::getMail).orElse(MailChoice.INSTANT);
    }

    @PermitAll
    @Transactional
    public void chooseMail(MailChoice choice) {
        if (choice == null) {
            throw org.consilium.base.BusinessException.atField("mail", "validation.required");
        }
        long me = me().getId();
        settings.findById(me).ifPresentOrElse(s -> s.choose(choice), () -> settings.save(new NoticeSetting(me, choice)));
    }

    /** Whether the signed-in user has an e-mail address to be mailed at. */
    @PermitAll
    public boolean iHaveAnAddress() {
        return NoticeMail.reachable(me());
    }

    private UserAccount me() {
        return accounts.signedInAccount().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
