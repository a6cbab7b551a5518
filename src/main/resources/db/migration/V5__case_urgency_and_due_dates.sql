-- A case's urgency (from its most urgent referral) and the date by which its current stage's work is
-- due, computed from a time limit per stage that the administrator sets.

CREATE TABLE stage_time_limit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    stage       VARCHAR(30)  NOT NULL,
    days        INT          NOT NULL,
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT uk_stage_time_limit_stage UNIQUE (stage)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO stage_time_limit (stage, days) VALUES
('INITIAL_ASSESSMENT', 7), ('DECISION', 3), ('IN_DEPTH_ASSESSMENT', 30), ('PLANNING', 14),
('IMPLEMENTATION', 90), ('REVIEW', 10), ('CLOSURE', 30), ('FOLLOW_UP', 90);

ALTER TABLE family_case ADD COLUMN urgency VARCHAR(20) NULL;
ALTER TABLE family_case ADD COLUMN urgency_rank INT NULL;
ALTER TABLE family_case ADD COLUMN stage_due_on DATE NULL;

-- Existing cases take the urgency of their most urgent referral.
UPDATE family_case SET urgency_rank = (
    SELECT MIN(r.urgency_rank) FROM family_case_referral fr JOIN referral r ON r.id = fr.referral_id
    WHERE fr.case_id = family_case.id);
UPDATE family_case SET urgency_rank = 2 WHERE urgency_rank IS NULL;
UPDATE family_case SET urgency = CASE urgency_rank WHEN 0 THEN 'EMERGENCY' WHEN 1 THEN 'URGENT' ELSE 'ROUTINE' END;

-- Existing cases get no due date; their curator sets one ("change due date") or the next move does.

ALTER TABLE family_case MODIFY urgency VARCHAR(20) NOT NULL;
ALTER TABLE family_case MODIFY urgency_rank INT NOT NULL;

CREATE INDEX ix_family_case_agency_due ON family_case (agency_id, stage_due_on);

ALTER TABLE case_transition ADD COLUMN due_on DATE NULL;
