package org.consilium.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's choice of mail; a user without one is mailed each notice at once. */
@Entity
@Table(name = "notice_setting")
public class NoticeSetting {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailChoice mail;

    protected NoticeSetting() {
    }

    NoticeSetting(long userId, MailChoice mail) {
        this.userId = userId;
        this.mail = mail;
    }

    void choose(MailChoice choice) {
        this.mail = choice;
    }

    public Long getUserId() { return userId; }
    public long getVersion() { return version; }
    public MailChoice getMail() { return mail; }
}
