-- The notification centre (decision 0030): what each user is told, whether they read it, whether it
-- was mailed; how each user wants mail; and the lock that lets one node only run a scheduled job.
CREATE TABLE notice (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    case_id      BIGINT       NULL,
    family_name  VARCHAR(200) NULL,
    subject      VARCHAR(500) NULL,
    actor_name   VARCHAR(200) NULL,
    link         VARCHAR(300) NULL,
    once_key     VARCHAR(200) NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    read_at      TIMESTAMP(6) NULL,
    mailed_at    TIMESTAMP(6) NULL,
    CONSTRAINT fk_notice_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    CONSTRAINT uq_notice_once UNIQUE (recipient_id, once_key)
);
CREATE INDEX ix_notice_recipient_created ON notice (recipient_id, created_at);
CREATE INDEX ix_notice_created ON notice (created_at);

CREATE TABLE notice_setting (
    user_id BIGINT      NOT NULL PRIMARY KEY,
    version BIGINT      NOT NULL DEFAULT 0,
    mail    VARCHAR(10) NOT NULL,
    CONSTRAINT fk_notice_setting_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);

CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
