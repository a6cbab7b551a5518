-- The dashboards' counts (decision 0032): a curator's cases by due date, a team's closures by month,
-- referrals by the day they came.
CREATE INDEX ix_family_case_curator_due ON family_case (curator_id, stage_due_on);
CREATE INDEX ix_family_case_agency_closed ON family_case (agency_id, closed_at);
CREATE INDEX ix_referral_received ON referral (received_at);
