-- Referrals with urgency triage, and the response target of each urgency (set by the administrator).

CREATE TABLE response_target (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    urgency     VARCHAR(20)  NOT NULL,
    hours       INT          NOT NULL,
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT uk_response_target_urgency UNIQUE (urgency)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO response_target (urgency, hours) VALUES ('EMERGENCY', 24), ('URGENT', 72), ('ROUTINE', 240);

CREATE TABLE referral (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    source_type       VARCHAR(20)   NOT NULL,
    source_agency_id  BIGINT,
    source_person     VARCHAR(200),
    channel           VARCHAR(20)   NOT NULL,
    received_at       TIMESTAMP(6)  NOT NULL,
    urgency           VARCHAR(20)   NOT NULL,
    urgency_rank      INT           NOT NULL,
    due_at            TIMESTAMP(6)  NOT NULL,
    people_concerned  VARCHAR(1000) NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    reason_text       VARCHAR(1000),
    family_id         BIGINT,
    status            VARCHAR(20)   NOT NULL,
    decline_reason    VARCHAR(1000),
    redirected_to     VARCHAR(300),
    submitted_by      VARCHAR(50)   NOT NULL,
    updated_at        TIMESTAMP(6)  NULL,
    updated_by        VARCHAR(50),
    CONSTRAINT fk_referral_source_agency FOREIGN KEY (source_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_referral_family FOREIGN KEY (family_id) REFERENCES family (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_referral_queue ON referral (status, urgency_rank, due_at);
CREATE INDEX ix_referral_source_agency ON referral (source_agency_id);

CREATE TABLE referral_reason (
    referral_id  BIGINT      NOT NULL,
    area         VARCHAR(20) NOT NULL,
    PRIMARY KEY (referral_id, area),
    CONSTRAINT fk_referral_reason_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) DEFAULT CHARSET = utf8mb4;
