-- A meeting's agenda: items in order, each naming its case (if any), what it is about and the
-- question to decide.

CREATE TABLE meeting_agenda_item (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT         NOT NULL,
    position     INT            NOT NULL,
    topic        VARCHAR(30)    NOT NULL,
    case_id      BIGINT         NULL,
    family_name  VARCHAR(200)   NULL,
    question     VARCHAR(500)   NOT NULL,
    added_at     TIMESTAMP(6)   NOT NULL,
    added_by     VARCHAR(50)    NOT NULL,
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_agenda_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_agenda_meeting ON meeting_agenda_item (meeting_id, position);
