-- The audit log: who read, changed, exported or was refused which record, and every sign-in and
-- sign-out. No foreign keys: an entry outlives what it names, and writing it never waits for a lock
-- on the record. Append-only (see the vendor migration V7).

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at            TIMESTAMP(6)  NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    entity_type   VARCHAR(40),
    entity_id     BIGINT,
    family_id     BIGINT,
    family_label  VARCHAR(120),
    case_id       BIGINT,
    detail        VARCHAR(1000)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_audit_entry_case ON audit_entry (case_id, action, at);
CREATE INDEX ix_audit_entry_user ON audit_entry (username, at);
CREATE INDEX ix_audit_entry_family ON audit_entry (family_id, at);
