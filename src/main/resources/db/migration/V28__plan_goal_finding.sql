-- A plan goal may cite the assessment finding it answers (decision 0024): a need or a strength of a
-- domain, named by the assessment's id, the domain and which of the two, with the text as it read when
-- cited, so that the goal reads the same after a re-assessment.

ALTER TABLE plan_goal ADD COLUMN finding_ref VARCHAR(80);
ALTER TABLE plan_goal ADD COLUMN finding_text VARCHAR(2000);
