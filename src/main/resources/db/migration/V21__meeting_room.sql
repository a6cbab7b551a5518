-- The meeting room: who came, the minutes of each agenda item, the decisions taken and what they
-- created, inconsistencies between agencies to settle, the family's own view at a closing meeting,
-- and the minutes finalised by the secretary with addenda after that. Tasks a decision adds to a plan
-- remember where they came from.

ALTER TABLE meeting ADD COLUMN secretary_id BIGINT NULL;
ALTER TABLE meeting ADD COLUMN secretary_name VARCHAR(120) NULL;
ALTER TABLE meeting ADD COLUMN family_view TEXT NULL;
ALTER TABLE meeting ADD COLUMN family_view_at TIMESTAMP(6) NULL;
ALTER TABLE meeting ADD COLUMN family_view_by VARCHAR(50) NULL;
ALTER TABLE meeting ADD COLUMN finalised_at TIMESTAMP(6) NULL;
ALTER TABLE meeting ADD COLUMN finalised_by VARCHAR(50) NULL;

ALTER TABLE meeting_participant ADD COLUMN attendance VARCHAR(20) NULL;

ALTER TABLE meeting_agenda_item ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE meeting_agenda_item ADD COLUMN updated_at TIMESTAMP(6) NULL;
ALTER TABLE meeting_agenda_item ADD COLUMN updated_by VARCHAR(50) NULL;
ALTER TABLE meeting_agenda_item ADD COLUMN minutes TEXT NULL;
ALTER TABLE meeting_agenda_item ADD COLUMN shared_summary VARCHAR(2000) NULL;
ALTER TABLE meeting_agenda_item ADD COLUMN shared_at TIMESTAMP(6) NULL;
ALTER TABLE meeting_agenda_item ADD COLUMN shared_by VARCHAR(50) NULL;

CREATE TABLE meeting_decision (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT         NOT NULL,
    agenda_item_id  BIGINT         NULL,
    case_id         BIGINT         NULL,
    family_name     VARCHAR(200)   NULL,
    kind            VARCHAR(30)    NOT NULL,
    text            VARCHAR(2000)  NOT NULL,
    result          VARCHAR(500)   NULL,
    result_route    VARCHAR(100)   NULL,
    decided_at      TIMESTAMP(6)   NOT NULL,
    decided_by      VARCHAR(50)    NOT NULL,
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_decision_item FOREIGN KEY (agenda_item_id) REFERENCES meeting_agenda_item (id),
    CONSTRAINT fk_decision_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_decision_meeting ON meeting_decision (meeting_id);
CREATE INDEX ix_decision_case ON meeting_decision (case_id);

CREATE TABLE meeting_inconsistency (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    updated_at      TIMESTAMP(6)   NULL,
    updated_by      VARCHAR(50)    NULL,
    meeting_id      BIGINT         NOT NULL,
    agenda_item_id  BIGINT         NULL,
    case_id         BIGINT         NULL,
    family_id       BIGINT         NULL,
    family_name     VARCHAR(200)   NULL,
    team_agency_id  BIGINT         NOT NULL,
    description     VARCHAR(2000)  NOT NULL,
    owner_agency_id BIGINT         NOT NULL,
    owner_name      VARCHAR(200)   NOT NULL,
    due_on          DATE           NOT NULL,
    recorded_at     TIMESTAMP(6)   NOT NULL,
    recorded_by     VARCHAR(50)    NOT NULL,
    settled_at      TIMESTAMP(6)   NULL,
    settled_by      VARCHAR(50)    NULL,
    settlement      VARCHAR(2000)  NULL,
    CONSTRAINT fk_inconsistency_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_inconsistency_owner FOREIGN KEY (owner_agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_inconsistency_meeting ON meeting_inconsistency (meeting_id);
CREATE INDEX ix_inconsistency_case ON meeting_inconsistency (case_id);

CREATE TABLE meeting_addendum (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id      BIGINT         NOT NULL,
    text            VARCHAR(4000)  NOT NULL,
    added_at        TIMESTAMP(6)   NOT NULL,
    added_by        VARCHAR(50)    NOT NULL,
    added_by_name   VARCHAR(120)   NOT NULL,
    CONSTRAINT fk_addendum_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;

ALTER TABLE plan_task ADD COLUMN origin_label VARCHAR(200) NULL;
ALTER TABLE plan_task ADD COLUMN origin_route VARCHAR(100) NULL;
