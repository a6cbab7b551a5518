-- What intake checked while verifying a referral: whom it asked, whether the family was reached and
-- when, the outcome and a note; who marked the referral verified and when (status VERIFIED).

ALTER TABLE referral ADD COLUMN verification_sources VARCHAR(1000) NULL;
ALTER TABLE referral ADD COLUMN family_contact VARCHAR(20) NULL;
ALTER TABLE referral ADD COLUMN contacted_on DATE NULL;
ALTER TABLE referral ADD COLUMN verification_outcome VARCHAR(20) NULL;
ALTER TABLE referral ADD COLUMN verification_note VARCHAR(2000) NULL;
ALTER TABLE referral ADD COLUMN verified_at TIMESTAMP(6) NULL;
ALTER TABLE referral ADD COLUMN verified_by VARCHAR(50) NULL;
