-- Information requests: a curator asks a partner agency about a child or the whole family; the agency
-- answers on the form of the request's kind (values per field), asks back, adds addenda, or declines.
-- Recurring reports are later requests of a series (series_id = the first request), one per period.

CREATE TABLE information_request (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    case_id            BIGINT         NOT NULL,
    family_id          BIGINT         NOT NULL,
    family_name        VARCHAR(200)   NOT NULL,
    member_id          BIGINT         NULL,
    subject_name       VARCHAR(250)   NOT NULL,
    subject_birth_date DATE           NULL,
    subject_class      VARCHAR(20)    NULL,
    agency_id          BIGINT         NOT NULL,
    kind               VARCHAR(40)    NOT NULL,
    questions_text     VARCHAR(2000)  NULL,
    period_from        DATE           NOT NULL,
    period_to          DATE           NOT NULL,
    due_on             DATE           NOT NULL,
    sent_at            TIMESTAMP(6)   NOT NULL,
    sent_by            VARCHAR(50)    NOT NULL,
    sent_by_name       VARCHAR(200)   NOT NULL,
    sent_by_email      VARCHAR(120)   NULL,
    sent_by_team       VARCHAR(200)   NOT NULL,
    basis              VARCHAR(20)    NOT NULL,
    legal_basis        VARCHAR(1000)  NULL,
    basis_reviewed_at  TIMESTAMP(6)   NULL,
    basis_reviewed_by  VARCHAR(50)    NULL,
    repeat_every       VARCHAR(10)    NOT NULL,
    repeat_until       DATE           NULL,
    goal_key           VARCHAR(36)    NULL,
    series_id          BIGINT         NULL,
    status             VARCHAR(20)    NOT NULL,
    assignee           VARCHAR(50)    NULL,
    answered_at        TIMESTAMP(6)   NULL,
    answered_by        VARCHAR(50)    NULL,
    decline_reason     VARCHAR(1000)  NULL,
    declined_at        TIMESTAMP(6)   NULL,
    declined_by        VARCHAR(50)    NULL,
    updated_at         TIMESTAMP(6)   NULL,
    updated_by         VARCHAR(50),
    CONSTRAINT fk_request_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_request_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_request_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_request_series FOREIGN KEY (series_id) REFERENCES information_request (id),
    CONSTRAINT uk_request_series_period UNIQUE (series_id, period_from)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_request_case ON information_request (case_id, sent_at);
CREATE INDEX ix_request_agency ON information_request (agency_id, status, due_on);
CREATE INDEX ix_request_basis ON information_request (basis, basis_reviewed_at);

CREATE TABLE request_question (
    request_id  BIGINT       NOT NULL,
    question    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (request_id, question),
    CONSTRAINT fk_request_question FOREIGN KEY (request_id) REFERENCES information_request (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE request_answer_value (
    request_id   BIGINT         NOT NULL,
    field_key    VARCHAR(40)    NOT NULL,
    field_value  VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (request_id, field_key),
    CONSTRAINT fk_request_answer_value FOREIGN KEY (request_id) REFERENCES information_request (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE request_note (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    text             VARCHAR(2000)  NOT NULL,
    written_at       TIMESTAMP(6)   NOT NULL,
    written_by       VARCHAR(50)    NOT NULL,
    written_by_name  VARCHAR(200)   NOT NULL,
    CONSTRAINT fk_request_note FOREIGN KEY (request_id) REFERENCES information_request (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_request_note ON request_note (request_id, written_at);

CREATE TABLE request_share (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    agency_id   BIGINT        NOT NULL,
    shared_at   TIMESTAMP(6)  NOT NULL,
    shared_by   VARCHAR(50)   NOT NULL,
    CONSTRAINT fk_request_share_request FOREIGN KEY (request_id) REFERENCES information_request (id),
    CONSTRAINT fk_request_share_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT uk_request_share UNIQUE (request_id, agency_id)
) DEFAULT CHARSET = utf8mb4;
