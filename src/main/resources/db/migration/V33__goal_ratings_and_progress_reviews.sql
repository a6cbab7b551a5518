-- Every rating of a goal is kept with its date (decision 0032), so progress shows as a series. The
-- ratings given so far had no date of their own: the goals of the plans in force start their series
-- with their rating as last saved.
CREATE TABLE goal_rating (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    goal_key    VARCHAR(36)  NOT NULL,
    plan_number INT          NOT NULL,
    rating      INT          NOT NULL,
    rated_on    DATE         NOT NULL,
    rated_at    TIMESTAMP(6) NOT NULL,
    rated_by    VARCHAR(50)  NOT NULL,
    review_id   BIGINT       NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_goal_rating_case ON goal_rating (case_id, rated_at);

INSERT INTO goal_rating (case_id, goal_key, plan_number, rating, rated_on, rated_at, rated_by)
SELECT p.case_id, g.item_key, p.plan_number, g.rating, CAST(COALESCE(g.updated_at, p.created_at) AS DATE),
       COALESCE(g.updated_at, p.created_at), COALESCE(g.updated_by, p.created_by)
FROM plan_goal g JOIN family_plan p ON p.id = g.plan_id
WHERE g.rating IS NOT NULL AND p.status = 'ACTIVE';

-- Progress reviews of a plan in force: the family's view first, the goals rated, the services checked,
-- new strengths and risks, and the decision.
CREATE TABLE progress_review (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    case_id     BIGINT       NOT NULL,
    family_id   BIGINT       NOT NULL,
    plan_id     BIGINT       NOT NULL,
    plan_number INT          NOT NULL,
    held_on     DATE         NOT NULL,
    family_view TEXT         NOT NULL,
    strengths   TEXT         NULL,
    risks       TEXT         NULL,
    decision    VARCHAR(20)  NOT NULL,
    comment     TEXT         NULL,
    recorded_by VARCHAR(50)  NOT NULL,
    recorded_at TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT fk_progress_review_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_progress_review_case ON progress_review (case_id, held_on);

CREATE TABLE progress_review_goal (
    review_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    goal_key  VARCHAR(36)   NOT NULL,
    statement VARCHAR(500)  NOT NULL,
    rating    INT           NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_progress_review_goal FOREIGN KEY (review_id) REFERENCES progress_review (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE progress_review_service (
    review_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    task_key    VARCHAR(36)   NOT NULL,
    description VARCHAR(1000) NOT NULL,
    agency_id   BIGINT        NOT NULL,
    agency_name VARCHAR(200)  NOT NULL,
    received    BOOLEAN       NOT NULL,
    adequate    BOOLEAN       NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT fk_progress_review_service FOREIGN KEY (review_id) REFERENCES progress_review (id)
) DEFAULT CHARSET = utf8mb4;
