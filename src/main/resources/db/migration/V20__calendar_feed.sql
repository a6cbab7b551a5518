-- A user's private calendar subscription address: only a SHA-256 hash of its secret token is kept, so
-- the address cannot be read back from the database; one address per user, replaced or revoked by them.

CREATE TABLE calendar_feed_token (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    token_hash  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_calendar_feed_token_user UNIQUE (user_id),
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) DEFAULT CHARSET = utf8mb4;
