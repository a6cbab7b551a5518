-- Readings of a plan goal's indicator (decision 0014, "Goal readings"): one figure for one period,
-- such as the days a child missed school in a month, reported from outside the plan (a school's answer
-- to a recurring information request). A reading belongs to a goal by its item key, so it stays with
-- the goal in every version of the plan. The source (its type and id) names it once: the same source
-- reported again updates its reading.
-- `value` is quoted because H2 reserves the word; MariaDB accepts it either way.

CREATE TABLE goal_reading (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL DEFAULT 0,
    case_id         BIGINT         NOT NULL,
    family_id       BIGINT         NOT NULL,
    goal_key        VARCHAR(36)    NOT NULL,
    indicator       VARCHAR(80)    NOT NULL,
    period_start    DATE           NOT NULL,
    period_end      DATE           NOT NULL,
    `value`         DECIMAL(10,2)  NOT NULL,
    source_type     VARCHAR(40)    NOT NULL,
    source_id       BIGINT         NOT NULL,
    recorded_at     TIMESTAMP(6)   NOT NULL,
    updated_at      TIMESTAMP(6)   NULL,
    updated_by      VARCHAR(50),
    CONSTRAINT fk_goal_reading_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_goal_reading_family FOREIGN KEY (family_id) REFERENCES family (id),
    CONSTRAINT uk_goal_reading_source UNIQUE (source_type, source_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_goal_reading_goal ON goal_reading (case_id, goal_key);
