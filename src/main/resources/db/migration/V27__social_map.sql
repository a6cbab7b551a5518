-- The family's social map (eco-map), kept with each assessment version and copied into the next one:
-- the members of the family shown on it, the relations between two of them, and the support network
-- around the family (people and services, how strong or stressful the connection is, and to which
-- member it runs; none: to the whole family). Names are written as the specialist puts them on the map,
-- not linked to the family's record, whose members may be renumbered when the record is edited.

CREATE TABLE social_map_member (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    assessment_id  BIGINT         NOT NULL,
    name           VARCHAR(120)   NOT NULL,
    role           VARCHAR(20)    NOT NULL,
    age            INT,
    lives_apart    BOOLEAN        NOT NULL DEFAULT FALSE,
    updated_at     TIMESTAMP(6)   NULL,
    updated_by     VARCHAR(50),
    CONSTRAINT fk_social_map_member_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE social_map_relation (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT         NOT NULL DEFAULT 0,
    assessment_id    BIGINT         NOT NULL,
    first_member_id  BIGINT         NOT NULL,
    second_member_id BIGINT         NOT NULL,
    kind             VARCHAR(20)    NOT NULL,
    note             VARCHAR(500),
    updated_at       TIMESTAMP(6)   NULL,
    updated_by       VARCHAR(50),
    CONSTRAINT fk_social_map_relation_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_social_map_relation_first FOREIGN KEY (first_member_id) REFERENCES social_map_member (id),
    CONSTRAINT fk_social_map_relation_second FOREIGN KEY (second_member_id) REFERENCES social_map_member (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE social_map_contact (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    assessment_id  BIGINT         NOT NULL,
    name           VARCHAR(120)   NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    strength       VARCHAR(20)    NOT NULL,
    member_id      BIGINT,
    note           VARCHAR(500),
    updated_at     TIMESTAMP(6)   NULL,
    updated_by     VARCHAR(50),
    CONSTRAINT fk_social_map_contact_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_social_map_contact_member FOREIGN KEY (member_id) REFERENCES social_map_member (id)
) DEFAULT CHARSET = utf8mb4;
