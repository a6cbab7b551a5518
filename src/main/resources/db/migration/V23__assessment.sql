-- Assessments of a family (decision 0024). Each assessment of a case is a version, numbered from 1:
-- the initial assessment, then the in-depth assessment and re-assessments, each started from the one
-- before it and kept readable once completed. An assessment holds one row per domain of the seven
-- (seed 003), whether the child is safe now with the safety plan when not, the in-depth part
-- (prognosis, recommendations) and a summary the curator may share with the family. Long texts are
-- TEXT, their limits checked by the application, so that a row stays within MariaDB's row size.

CREATE TABLE assessment (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    case_id             BIGINT         NOT NULL,
    family_id           BIGINT         NOT NULL,
    number              INT            NOT NULL,
    kind                VARCHAR(20)    NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    started_at          TIMESTAMP(6)   NOT NULL,
    started_by          VARCHAR(150)   NOT NULL,
    completed_at        TIMESTAMP(6)   NULL,
    completed_by        VARCHAR(150),
    child_safety        VARCHAR(20),
    safety_reason       TEXT,
    safety_actions      TEXT,
    safety_due          DATE,
    emergency_contacts  TEXT,
    safety_answered_on  DATE,
    safety_answered_by  VARCHAR(150),
    prognosis           TEXT,
    recommendations     TEXT,
    family_summary      TEXT,
    summary_shared_at   TIMESTAMP(6)   NULL,
    summary_shared_by   VARCHAR(150),
    edits               INT            NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP(6)   NULL,
    updated_by          VARCHAR(50),
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_assessment_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT uk_assessment_number UNIQUE (case_id, number)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE assessment_domain (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    assessment_id  BIGINT         NOT NULL,
    domain         VARCHAR(40)    NOT NULL,
    observed       TEXT,
    needs          TEXT,
    strengths      TEXT,
    risks          TEXT,
    rating         INT,
    sources        TEXT,
    assessed_on    DATE,
    assessed_by    VARCHAR(150),
    updated_at     TIMESTAMP(6)   NULL,
    updated_by     VARCHAR(50),
    CONSTRAINT fk_assessment_domain_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT uk_assessment_domain UNIQUE (assessment_id, domain)
) DEFAULT CHARSET = utf8mb4;

-- Answers to information requests a domain's finding rests on; the label is copied when cited, so
-- that the assessment reads the same later.
CREATE TABLE assessment_domain_source (
    domain_id      BIGINT         NOT NULL,
    source_type    VARCHAR(40)    NOT NULL,
    source_id      BIGINT         NOT NULL,
    label          VARCHAR(300)   NOT NULL,
    CONSTRAINT fk_assessment_source_domain FOREIGN KEY (domain_id) REFERENCES assessment_domain (id),
    CONSTRAINT uk_assessment_source UNIQUE (domain_id, source_type, source_id)
) DEFAULT CHARSET = utf8mb4;
