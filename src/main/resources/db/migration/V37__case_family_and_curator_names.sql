-- The family's name kept with each case (decision 0034), so that the case list sorts by it through an
-- index of the team's cases. A family's name does not change after registration, so the copy stays true.
ALTER TABLE family_case ADD COLUMN family_name VARCHAR(120) NOT NULL DEFAULT '';
UPDATE family_case SET family_name = (SELECT f.name FROM family f WHERE f.id = family_case.family_id);
CREATE INDEX ix_family_case_agency_family_name ON family_case (agency_id, family_name);

-- The curator's full name kept with each case, for the same reason; it follows the case to a new
-- curator and a curator's account when it is renamed.
ALTER TABLE family_case ADD COLUMN curator_name VARCHAR(120) NOT NULL DEFAULT '';
UPDATE family_case SET curator_name = (SELECT u.full_name FROM user_account u WHERE u.id = family_case.curator_id);
CREATE INDEX ix_family_case_agency_curator_name ON family_case (agency_id, curator_name);
