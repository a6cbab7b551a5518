-- Consilium meetings: the meeting (kind, time, place, chair, the case it is about, if one) and its
-- participants (portal users, whole agencies, family members, guests by name and e-mail) with their
-- answers to the invitation. Names are copied for display; ids point at the records they came from.

CREATE TABLE meeting (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    uid             VARCHAR(80)    NOT NULL,
    sequence_no     INT            NOT NULL DEFAULT 0,
    kind            VARCHAR(30)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    team_agency_id  BIGINT         NOT NULL,
    case_id         BIGINT         NULL,
    family_id       BIGINT         NULL,
    family_name     VARCHAR(200)   NULL,
    starts_at       TIMESTAMP(6)   NOT NULL,
    ends_at         TIMESTAMP(6)   NOT NULL,
    place           VARCHAR(200)   NULL,
    online_link     VARCHAR(500)   NULL,
    chair_id        BIGINT         NOT NULL,
    chair_name      VARCHAR(120)   NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    organised_by    VARCHAR(50)    NOT NULL,
    organised_at    TIMESTAMP(6)   NOT NULL,
    updated_at      TIMESTAMP(6)   NULL,
    updated_by      VARCHAR(50),
    CONSTRAINT uk_meeting_uid UNIQUE (uid),
    CONSTRAINT fk_meeting_team FOREIGN KEY (team_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_meeting_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_meeting_time ON meeting (starts_at, ends_at);
CREATE INDEX ix_meeting_case ON meeting (case_id);

CREATE TABLE meeting_participant (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT         NOT NULL,
    kind          VARCHAR(20)    NOT NULL,
    user_id       BIGINT         NULL,
    agency_id     BIGINT         NULL,
    member_id     BIGINT         NULL,
    name          VARCHAR(200)   NOT NULL,
    email         VARCHAR(120)   NULL,
    response      VARCHAR(20)    NOT NULL,
    responded_at  TIMESTAMP(6)   NULL,
    responded_by  VARCHAR(50)    NULL,
    CONSTRAINT fk_meeting_participant FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_meeting_participant_user ON meeting_participant (user_id);
CREATE INDEX ix_meeting_participant_agency ON meeting_participant (agency_id);
CREATE INDEX ix_meeting_participant_meeting ON meeting_participant (meeting_id);
