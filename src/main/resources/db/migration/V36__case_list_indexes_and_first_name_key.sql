-- The case list at a city's size (decision 0034): its query is built from the filters actually set, and
-- these indexes serve its commonest orders and filters straight from the index, newest first.
CREATE INDEX ix_family_case_agency_open_opened ON family_case (agency_id, is_open, opened_at);
CREATE INDEX ix_family_case_agency_opened ON family_case (agency_id, opened_at);
CREATE INDEX ix_family_case_agency_stage_opened ON family_case (agency_id, stage, opened_at);
CREATE INDEX ix_family_case_agency_urgency_due ON family_case (agency_id, urgency_rank, stage_due_on);
CREATE INDEX ix_family_name ON family (name);

-- A member's first name as a key of its own, so that a name is matched from the start of the surname
-- or of the first name through an index.
ALTER TABLE family_member ADD COLUMN first_name_key VARCHAR(120) NOT NULL DEFAULT '';
UPDATE family_member SET first_name_key = SUBSTRING(full_name_key, LOCATE(' ', full_name_key) + 1);
CREATE INDEX ix_family_member_first_name_key ON family_member (first_name_key);
CREATE INDEX ix_family_member_birth_date ON family_member (birth_date);
