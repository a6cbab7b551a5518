-- Agencies, families and user accounts: what sign-in and administration stand on.
-- Written for MariaDB; the embedded H2 runs it in MariaDB compatibility mode.

CREATE TABLE agency (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    district    VARCHAR(100),
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50),
    CONSTRAINT uk_agency_code UNIQUE (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE family (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(120) NOT NULL,
    district    VARCHAR(100),
    updated_at  TIMESTAMP(6) NULL,
    updated_by  VARCHAR(50)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    username         VARCHAR(50)  NOT NULL,
    full_name        VARCHAR(120) NOT NULL,
    email            VARCHAR(120),
    password_hash    VARCHAR(100),
    agency_id        BIGINT,
    family_id        BIGINT,
    locale           VARCHAR(10),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP(6) NULL,
    updated_at       TIMESTAMP(6) NULL,
    updated_by       VARCHAR(50),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_user_account_family FOREIGN KEY (family_id) REFERENCES family (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_account_role (
    user_account_id  BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) DEFAULT CHARSET = utf8mb4;
