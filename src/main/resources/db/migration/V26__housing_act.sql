-- Housing-conditions acts (акт обстеження житлово-побутових умов) of a case: one per inspection of the
-- family's home, with who inspected, who of the family was there, and where each child sleeps and studies.

CREATE TABLE housing_act (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT         NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP(6)   NULL,
    updated_by         VARCHAR(50)    NULL,
    case_id            BIGINT         NOT NULL,
    family_id          BIGINT         NOT NULL,
    family_name        VARCHAR(200)   NOT NULL,
    team_agency_id     BIGINT         NOT NULL,
    inspected_on       DATE           NOT NULL,
    drawn_up_on        DATE           NOT NULL,
    address            VARCHAR(300)   NOT NULL,
    dwelling           VARCHAR(20)    NOT NULL,
    tenure             VARCHAR(20)    NOT NULL,
    rooms              INT            NOT NULL,
    living_area        DECIMAL(6, 2)  NOT NULL,
    dwelling_notes     VARCHAR(1000)  NULL,
    heating            VARCHAR(20)    NOT NULL,
    heating_notes      VARCHAR(500)   NULL,
    water              VARCHAR(20)    NOT NULL,
    water_notes        VARCHAR(500)   NULL,
    sanitation         VARCHAR(20)    NOT NULL,
    sanitation_notes   VARCHAR(500)   NULL,
    food               VARCHAR(20)    NOT NULL,
    food_notes         VARCHAR(500)   NULL,
    upkeep             VARCHAR(20)    NOT NULL,
    upkeep_notes       VARCHAR(500)   NULL,
    hazards            TEXT           NULL,
    conclusion         TEXT           NOT NULL,
    recommendations    TEXT           NULL,
    recorded_at        TIMESTAMP(6)   NOT NULL,
    recorded_by        VARCHAR(50)    NOT NULL,
    recorded_by_name   VARCHAR(120)   NOT NULL,
    revised_at         TIMESTAMP(6)   NULL,
    revised_by_name    VARCHAR(120)   NULL,
    CONSTRAINT fk_housing_act_case FOREIGN KEY (case_id) REFERENCES family_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_housing_act_case ON housing_act (case_id);

CREATE TABLE housing_act_inspector (
    act_id      BIGINT         NOT NULL,
    position    INT            NOT NULL,
    full_name   VARCHAR(120)   NOT NULL,
    post        VARCHAR(120)   NOT NULL,
    PRIMARY KEY (act_id, position),
    CONSTRAINT fk_housing_act_inspector FOREIGN KEY (act_id) REFERENCES housing_act (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE housing_act_present (
    act_id      BIGINT         NOT NULL,
    position    INT            NOT NULL,
    member_id   BIGINT         NOT NULL,
    full_name   VARCHAR(250)   NOT NULL,
    relation    VARCHAR(20)    NOT NULL,
    PRIMARY KEY (act_id, position),
    CONSTRAINT fk_housing_act_present FOREIGN KEY (act_id) REFERENCES housing_act (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE housing_act_child (
    act_id      BIGINT         NOT NULL,
    position    INT            NOT NULL,
    member_id   BIGINT         NOT NULL,
    child_name  VARCHAR(250)   NOT NULL,
    birth_date  DATE           NULL,
    sleeping    VARCHAR(20)    NOT NULL,
    study       VARCHAR(20)    NOT NULL,
    note        VARCHAR(300)   NULL,
    PRIMARY KEY (act_id, position),
    CONSTRAINT fk_housing_act_child FOREIGN KEY (act_id) REFERENCES housing_act (id)
) DEFAULT CHARSET = utf8mb4;
