-- Cases of families, their stage moves (the timeline), and the caseload norm of each model.

CREATE TABLE case_model_norm (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    model          VARCHAR(20)  NOT NULL,
    caseload_norm  INT          NOT NULL,
    updated_at     TIMESTAMP(6) NULL,
    updated_by     VARCHAR(50),
    CONSTRAINT uk_case_model_norm_model UNIQUE (model)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO case_model_norm (model, caseload_norm) VALUES
('INTENSIVE', 15), ('CLINICAL', 10), ('STRENGTHS', 15), ('BROKER', 35);

CREATE TABLE family_case (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    family_id        BIGINT        NOT NULL,
    curator_id       BIGINT        NOT NULL,
    agency_id        BIGINT        NOT NULL,
    stage            VARCHAR(30)   NOT NULL,
    is_open          BOOLEAN       NOT NULL,
    support_level    VARCHAR(20)   NOT NULL,
    model            VARCHAR(20)   NOT NULL,
    opened_at        TIMESTAMP(6)  NOT NULL,
    closed_at        TIMESTAMP(6)  NULL,
    closure_reason   VARCHAR(1000),
    closure_outcome  VARCHAR(2000),
    updated_at       TIMESTAMP(6)  NULL,
    updated_by       VARCHAR(50),
    CONSTRAINT fk_family_case_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_family_case_curator FOREIGN KEY (curator_id) REFERENCES user_account (id),
    CONSTRAINT fk_family_case_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_family_case_family_open ON family_case (family_id, is_open);
CREATE INDEX ix_family_case_curator_open ON family_case (curator_id, is_open);
CREATE INDEX ix_family_case_stage ON family_case (stage);

CREATE TABLE family_case_criterion (
    case_id    BIGINT      NOT NULL,
    criterion  VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, criterion),
    CONSTRAINT fk_family_case_criterion_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE family_case_referral (
    case_id      BIGINT NOT NULL,
    referral_id  BIGINT NOT NULL,
    PRIMARY KEY (case_id, referral_id),
    CONSTRAINT fk_family_case_referral_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_family_case_referral_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_transition (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    from_stage  VARCHAR(30),
    to_stage    VARCHAR(30)   NOT NULL,
    moved_at    TIMESTAMP(6)  NOT NULL,
    moved_by    VARCHAR(50)   NOT NULL,
    comment     VARCHAR(2000),
    CONSTRAINT fk_case_transition_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_transition_case ON case_transition (case_id, moved_at);
