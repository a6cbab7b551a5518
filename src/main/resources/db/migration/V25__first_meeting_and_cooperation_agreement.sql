-- The first meeting with the family (one per case) with the family's members who took part, and the
-- case's cooperation agreements (decision 0026). Names of family members are copied as they were
-- recorded; their ids point at the members they came from. An agreement's number is unique within
-- its case, so that two agreements cannot be recorded at once; its scans are attachments.

CREATE TABLE first_meeting (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    case_id             BIGINT         NOT NULL,
    family_id           BIGINT         NOT NULL,
    met_on              DATE           NOT NULL,
    place               VARCHAR(200)   NOT NULL,
    other_participants  VARCHAR(500)   NULL,
    needs               VARCHAR(2000)  NOT NULL,
    motivation          VARCHAR(20)    NOT NULL,
    motivation_note     VARCHAR(1000)  NULL,
    recorded_at         TIMESTAMP(6)   NOT NULL,
    recorded_by         VARCHAR(50)    NOT NULL,
    updated_at          TIMESTAMP(6)   NULL,
    updated_by          VARCHAR(50),
    CONSTRAINT uk_first_meeting_case UNIQUE (case_id),
    CONSTRAINT fk_first_meeting_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_first_meeting_family FOREIGN KEY (family_id) REFERENCES family (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE first_meeting_member (
    first_meeting_id    BIGINT         NOT NULL,
    member_id           BIGINT         NOT NULL,
    full_name           VARCHAR(250)   NOT NULL,
    CONSTRAINT fk_first_meeting_member_meeting FOREIGN KEY (first_meeting_id) REFERENCES first_meeting (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_first_meeting_member_meeting ON first_meeting_member (first_meeting_id);

CREATE TABLE cooperation_agreement (
    id                      BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT         NOT NULL DEFAULT 0,
    case_id                 BIGINT         NOT NULL,
    family_id               BIGINT         NOT NULL,
    agreement_number        INT            NOT NULL,
    signed_on               DATE           NOT NULL,
    signer_member_id        BIGINT         NOT NULL,
    signer_name             VARCHAR(250)   NOT NULL,
    family_undertakes       VARCHAR(2000)  NOT NULL,
    service_undertakes      VARCHAR(2000)  NOT NULL,
    valid_until             DATE           NOT NULL,
    recorded_at             TIMESTAMP(6)   NOT NULL,
    recorded_by             VARCHAR(50)    NOT NULL,
    withdrawn_on            DATE           NULL,
    withdrawal_reason       VARCHAR(1000)  NULL,
    withdrawal_recorded_at  TIMESTAMP(6)   NULL,
    withdrawal_recorded_by  VARCHAR(50)    NULL,
    updated_at              TIMESTAMP(6)   NULL,
    updated_by              VARCHAR(50),
    CONSTRAINT uk_cooperation_agreement_number UNIQUE (case_id, agreement_number),
    CONSTRAINT fk_cooperation_agreement_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_cooperation_agreement_family FOREIGN KEY (family_id) REFERENCES family (id)
) DEFAULT CHARSET = utf8mb4;
