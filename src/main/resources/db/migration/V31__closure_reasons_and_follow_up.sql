-- Closure reasons become a reference list (decision 0032). The text written so far stays, as the words
-- of the reason "other"; it is also the comment of a listed reason from now on.
ALTER TABLE family_case ADD COLUMN closure_reason_code VARCHAR(30) NULL;
UPDATE family_case SET closure_reason_code = 'OTHER' WHERE closure_reason IS NOT NULL;

-- The follow-up schedule after closure: months after the closure of each planned contact.
CREATE TABLE follow_up_step (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    step_no    INT          NOT NULL,
    months     INT          NOT NULL,
    updated_at TIMESTAMP(6) NULL,
    updated_by VARCHAR(50),
    CONSTRAINT uk_follow_up_step UNIQUE (step_no)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO follow_up_step (step_no, months) VALUES (1, 1), (2, 3), (3, 6);

-- The follow-up contacts of a closed case: planned at closure, then made (and how it went) or cancelled.
CREATE TABLE case_follow_up (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    case_id      BIGINT       NOT NULL,
    step_no      INT          NOT NULL,
    due_on       DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    contacted_on DATE         NULL,
    contact_kind VARCHAR(30)  NULL,
    result       VARCHAR(20)  NULL,
    notes        TEXT         NULL,
    recorded_by  VARCHAR(50)  NULL,
    recorded_at  TIMESTAMP(6) NULL,
    updated_at   TIMESTAMP(6) NULL,
    updated_by   VARCHAR(50),
    CONSTRAINT fk_case_follow_up_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_follow_up_case ON case_follow_up (case_id, due_on);
CREATE INDEX ix_case_follow_up_due ON case_follow_up (status, due_on);
