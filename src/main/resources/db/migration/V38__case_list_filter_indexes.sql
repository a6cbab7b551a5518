-- The case list's filters read their choices through indexes (decision 0034): the family's district is
-- kept with each case as its name is (a family's district is set at registration and does not change),
-- so that the districts of a team's cases, and its cases in one district, are read from one index; and
-- the team's curators are read from an index of the team's cases by curator.
ALTER TABLE family_case ADD COLUMN family_district VARCHAR(100) NOT NULL DEFAULT '';
UPDATE family_case SET family_district = COALESCE((SELECT f.district FROM family f WHERE f.id = family_case.family_id), '');
CREATE INDEX ix_family_case_agency_district_opened ON family_case (agency_id, family_district, opened_at);
CREATE INDEX ix_family_case_agency_curator ON family_case (agency_id, curator_id);
