-- Emergency overrides end (decision 0013): each holds until expires_at, by default 72 hours after it
-- is granted or last renewed (consilium.sharing.override-duration). While in force it can be renewed,
-- with a written reason kept per renewal, or withdrawn at once.

ALTER TABLE emergency_override ADD COLUMN expires_at TIMESTAMP(6) NULL;
ALTER TABLE emergency_override ADD COLUMN withdrawn_at TIMESTAMP(6) NULL;
ALTER TABLE emergency_override ADD COLUMN withdrawn_by VARCHAR(50) NULL;

-- Overrides granted before they had an end hold for 72 hours after this upgrade, so that none ends
-- without warning; a curator or supervisor renews or withdraws each in that time.
UPDATE emergency_override SET expires_at = TIMESTAMPADD(HOUR, 72, CURRENT_TIMESTAMP);

ALTER TABLE emergency_override MODIFY expires_at TIMESTAMP(6) NOT NULL;

CREATE TABLE emergency_override_renewal (
    override_id  BIGINT         NOT NULL,
    renewal_no   INT            NOT NULL,
    renewed_at   TIMESTAMP(6)   NOT NULL,
    renewed_by   VARCHAR(50)    NOT NULL,
    reason       VARCHAR(2000)  NOT NULL,
    expires_at   TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (override_id, renewal_no),
    CONSTRAINT fk_emergency_override_renewal_override FOREIGN KEY (override_id) REFERENCES emergency_override (id)
) DEFAULT CHARSET = utf8mb4;
