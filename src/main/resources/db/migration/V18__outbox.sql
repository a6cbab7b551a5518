-- The outbox: every e-mail the portal sends or, with no mail server configured, keeps for the
-- administrator to read. Attachments themselves are not kept, only their file names.

CREATE TABLE outbox_message (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    recipients       VARCHAR(1000)  NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    body             VARCHAR(8000)  NOT NULL,
    attachment_names VARCHAR(1000)  NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    error_text       VARCHAR(1000)  NULL,
    sent_at          TIMESTAMP(6)   NULL,
    updated_at       TIMESTAMP(6)   NULL,
    updated_by       VARCHAR(50)    NULL
);

CREATE INDEX outbox_message_created ON outbox_message (created_at);
