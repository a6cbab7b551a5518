-- The contacts log (decision 0032): each contact of the team with the family, and the family's own
-- tasks seen done at it, as they read then.
CREATE TABLE case_contact (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    case_id      BIGINT        NOT NULL,
    family_id    BIGINT        NOT NULL,
    contacted_on DATE          NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    participants VARCHAR(500)  NOT NULL,
    notes        TEXT          NOT NULL,
    next_step    VARCHAR(1000) NULL,
    next_step_on DATE          NULL,
    recorded_by  VARCHAR(50)   NOT NULL,
    recorded_at  TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NULL,
    updated_by   VARCHAR(50),
    CONSTRAINT fk_case_contact_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_contact_case ON case_contact (case_id, contacted_on);

CREATE TABLE case_contact_task (
    contact_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    description VARCHAR(1000) NOT NULL,
    PRIMARY KEY (contact_id, position),
    CONSTRAINT fk_case_contact_task_contact FOREIGN KEY (contact_id) REFERENCES case_contact (id)
) DEFAULT CHARSET = utf8mb4;
