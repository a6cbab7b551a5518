-- Sign-in pauses instead of account locks (decision 0002). Attempts are counted per typed user name,
-- per client address and per both, whether an account has the name or not, so that the answer never
-- tells which names exist. Where a name has signed in before, a pause of that name from elsewhere
-- does not keep it out. The account keeps how many wrong passwords were typed for it since its last
-- sign-in, to tell its owner.

CREATE TABLE sign_in_attempt (
    subject          VARCHAR(250)  NOT NULL PRIMARY KEY,
    failures         INT           NOT NULL,
    last_failure_at  TIMESTAMP(6)  NOT NULL,
    paused_until     TIMESTAMP(6)  NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sign_in_attempt_last_failure ON sign_in_attempt (last_failure_at);

CREATE TABLE sign_in_place (
    subject          VARCHAR(250)  NOT NULL PRIMARY KEY,
    last_success_at  TIMESTAMP(6)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sign_in_place_last_success ON sign_in_place (last_success_at);

ALTER TABLE user_account DROP COLUMN locked_until;
ALTER TABLE user_account ADD COLUMN last_failed_sign_in_at TIMESTAMP(6) NULL;
ALTER TABLE user_account ADD COLUMN unseen_failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN unseen_failed_sign_in_at TIMESTAMP(6) NULL;
-- Wrong passwords counted before have no date; they were the lock's business, not the owner's notice.
UPDATE user_account SET failed_sign_ins = 0;
