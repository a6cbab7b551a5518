-- The family's own rating of each goal at a progress review, on the goals' scale: its self-evaluation,
-- compared "before" and "after" when the case closes.
ALTER TABLE progress_review_goal ADD COLUMN family_rating INT NULL;
