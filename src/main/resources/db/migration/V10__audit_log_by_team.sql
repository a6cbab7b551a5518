-- Reading the audit log by need to know (decision 0010): a supervisor reads the entries about the
-- families their team is responsible for. A team is responsible for a family once it has a case of
-- that family; the audit module keeps that link itself, so that reading the log needs no other
-- module's tables. Filled here from the cases there are, and from then on as cases open.

CREATE TABLE audit_family_team (
    team_id    BIGINT  NOT NULL,
    family_id  BIGINT  NOT NULL,
    PRIMARY KEY (team_id, family_id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO audit_family_team (team_id, family_id)
SELECT DISTINCT agency_id, family_id FROM family_case;
