-- Attachments (decision 0017): files that belong to a record of another module (an information
-- request's answer, later assessments and meetings), named by owner_type and owner_id. The file itself
-- lies on disk under consilium.attachments.directory as <yyyy>/<MM>/<storage_key>, the month of
-- uploaded_at in UTC; the row keeps the original name only to show it and to name a download.

CREATE TABLE attachment (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    owner_type     VARCHAR(40)    NOT NULL,
    owner_id       BIGINT         NOT NULL,
    original_name  VARCHAR(255)   NOT NULL,
    content_type   VARCHAR(100)   NOT NULL,
    size_bytes     BIGINT         NOT NULL,
    storage_key    VARCHAR(36)    NOT NULL,
    sha256         CHAR(64)       NOT NULL,
    uploaded_at    TIMESTAMP(6)   NOT NULL,
    uploaded_by    VARCHAR(50)    NOT NULL,
    updated_at     TIMESTAMP(6)   NULL,
    updated_by     VARCHAR(50),
    CONSTRAINT uk_attachment_storage_key UNIQUE (storage_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_attachment_owner ON attachment (owner_type, owner_id);
