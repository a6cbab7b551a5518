-- The shared family plan (decision 0014): versions of a case's plan, their goals, the tasks of the
-- family and of specialists, progress notes, and tasks partner agencies propose.

CREATE TABLE family_plan (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    case_id           BIGINT         NOT NULL,
    family_id         BIGINT         NOT NULL,
    plan_number       INT            NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    starts_on         DATE           NOT NULL,
    ends_on           DATE           NOT NULL,
    revised_from_id   BIGINT         NULL,
    created_at        TIMESTAMP(6)   NOT NULL,
    created_by        VARCHAR(50)    NOT NULL,
    offered_at        TIMESTAMP(6)   NULL,
    agreement         VARCHAR(20)    NULL,
    agreed_at         TIMESTAMP(6)   NULL,
    agreed_by_name    VARCHAR(200)   NULL,
    agreed_recorded_by VARCHAR(50)   NULL,
    signed_on         DATE           NULL,
    approved_at       TIMESTAMP(6)   NULL,
    approved_by       VARCHAR(50)    NULL,
    activated_at      TIMESTAMP(6)   NULL,
    ended_at          TIMESTAMP(6)   NULL,
    returned_reason   VARCHAR(1000)  NULL,
    updated_at        TIMESTAMP(6)   NULL,
    updated_by        VARCHAR(50),
    CONSTRAINT fk_family_plan_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_family_plan_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT fk_family_plan_revised_from FOREIGN KEY (revised_from_id) REFERENCES family_plan (id),
    CONSTRAINT uk_family_plan_number UNIQUE (case_id, plan_number)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_family_plan_family ON family_plan (family_id, status);

CREATE TABLE plan_goal (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    plan_id         BIGINT         NOT NULL,
    item_key        VARCHAR(36)    NOT NULL,
    position        INT            NOT NULL,
    problem_area    VARCHAR(30)    NOT NULL,
    statement       VARCHAR(500)   NOT NULL,
    criterion       VARCHAR(500)   NOT NULL,
    baseline        VARCHAR(300)   NULL,
    target          VARCHAR(300)   NULL,
    deadline        DATE           NOT NULL,
    why_it_matters  VARCHAR(500)   NULL,
    rating          INT            NULL,
    updated_at      TIMESTAMP(6)   NULL,
    updated_by      VARCHAR(50),
    CONSTRAINT fk_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES family_plan (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_plan_goal_plan ON plan_goal (plan_id, position);

CREATE TABLE plan_task (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL DEFAULT 0,
    goal_id             BIGINT         NOT NULL,
    item_key            VARCHAR(36)    NOT NULL,
    position            INT            NOT NULL,
    side                VARCHAR(20)    NOT NULL,
    description         VARCHAR(500)   NOT NULL,
    member_id           BIGINT         NULL,
    agency_id           BIGINT         NULL,
    user_id             BIGINT         NULL,
    due_on              DATE           NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    status_changed_at   TIMESTAMP(6)   NULL,
    status_changed_by   VARCHAR(50)    NULL,
    updated_at          TIMESTAMP(6)   NULL,
    updated_by          VARCHAR(50),
    CONSTRAINT fk_plan_task_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT fk_plan_task_member FOREIGN KEY (member_id) REFERENCES family_member (id),
    CONSTRAINT fk_plan_task_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_plan_task_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_plan_task_goal ON plan_task (goal_id, position);
CREATE INDEX ix_plan_task_agency ON plan_task (agency_id, status);

-- Notes belong to a task across the plan's versions (by its item key), so a revision loses none.
CREATE TABLE plan_task_note (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT         NOT NULL,
    task_key        VARCHAR(36)    NOT NULL,
    written_at      TIMESTAMP(6)   NOT NULL,
    author          VARCHAR(50)    NOT NULL,
    author_name     VARCHAR(200)   NOT NULL,
    author_agency_id BIGINT        NULL,
    by_family       BOOLEAN        NOT NULL,
    internal        BOOLEAN        NOT NULL,
    note_text       VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_plan_task_note_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_plan_task_note_agency FOREIGN KEY (author_agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_plan_task_note_task ON plan_task_note (case_id, task_key, written_at);

CREATE TABLE plan_task_proposal (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    case_id         BIGINT         NOT NULL,
    goal_key        VARCHAR(36)    NOT NULL,
    agency_id       BIGINT         NOT NULL,
    description     VARCHAR(500)   NOT NULL,
    due_on          DATE           NOT NULL,
    proposed_at     TIMESTAMP(6)   NOT NULL,
    proposed_by     VARCHAR(50)    NOT NULL,
    proposed_by_name VARCHAR(200)  NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    decided_at      TIMESTAMP(6)   NULL,
    decided_by      VARCHAR(50)    NULL,
    decision_reason VARCHAR(1000)  NULL,
    updated_at      TIMESTAMP(6)   NULL,
    updated_by      VARCHAR(50),
    CONSTRAINT fk_plan_task_proposal_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_plan_task_proposal_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_plan_task_proposal_case ON plan_task_proposal (case_id, status);
