-- Working days (decision 0018): Monday to Friday, except the holidays an administrator lists. The
-- portal ships no calendar of public holidays: under martial law they are working days in Ukraine.
-- "day" is a keyword of H2, so it is quoted here and in the entity.

CREATE TABLE holiday (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    `day`       DATE          NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    updated_at  TIMESTAMP(6)  NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT uk_holiday_day UNIQUE (`day`)
) DEFAULT CHARSET = utf8mb4;

-- How many working days an agency has to answer an information request of each kind.

CREATE TABLE request_answer_time (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    kind          VARCHAR(40)  NOT NULL,
    working_days  INT          NOT NULL,
    updated_at    TIMESTAMP(6) NULL,
    updated_by    VARCHAR(50),
    CONSTRAINT uk_request_answer_time_kind UNIQUE (kind)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO request_answer_time (kind, working_days) VALUES
('SCHOOL_CHARACTERISATION', 5), ('POLICE_INFORMATION', 5), ('HEALTH_INFORMATION', 5), ('OTHER', 5);
