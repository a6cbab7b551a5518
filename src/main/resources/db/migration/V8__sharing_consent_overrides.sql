-- Need to know: the partner agencies taking part in a case, the family's consent to share with
-- agencies of a type, and emergency overrides where there is no consent (decision 0013).

CREATE TABLE case_participant (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    agency_id  BIGINT        NOT NULL,
    reason     VARCHAR(30)   NOT NULL,
    added_at   TIMESTAMP(6)  NOT NULL,
    added_by   VARCHAR(50)   NOT NULL,
    CONSTRAINT fk_case_participant_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_case_participant_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_case_participant UNIQUE (case_id, agency_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_participant_agency ON case_participant (agency_id);

CREATE TABLE family_consent (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    family_id     BIGINT        NOT NULL,
    member_name   VARCHAR(200)  NOT NULL,
    signed_on     DATE          NOT NULL,
    valid_until   DATE          NOT NULL,
    withdrawn_on  DATE          NULL,
    updated_at    TIMESTAMP(6)  NULL,
    updated_by    VARCHAR(50),
    CONSTRAINT fk_family_consent_family FOREIGN KEY (family_id) REFERENCES family (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_family_consent_family ON family_consent (family_id);

CREATE TABLE family_consent_agency_type (
    consent_id   BIGINT       NOT NULL,
    agency_type  VARCHAR(30)  NOT NULL,
    PRIMARY KEY (consent_id, agency_type),
    CONSTRAINT fk_family_consent_type_consent FOREIGN KEY (consent_id) REFERENCES family_consent (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE emergency_override (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT         NOT NULL DEFAULT 0,
    case_id      BIGINT         NOT NULL,
    agency_id    BIGINT         NOT NULL,
    reason       VARCHAR(2000)  NOT NULL,
    granted_at   TIMESTAMP(6)   NOT NULL,
    granted_by   VARCHAR(50)    NOT NULL,
    reviewed_at  TIMESTAMP(6)   NULL,
    reviewed_by  VARCHAR(50),
    updated_at   TIMESTAMP(6)   NULL,
    updated_by   VARCHAR(50),
    CONSTRAINT fk_emergency_override_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_emergency_override_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_emergency_override_case ON emergency_override (case_id, agency_id);
CREATE INDEX ix_emergency_override_review ON emergency_override (reviewed_at);
