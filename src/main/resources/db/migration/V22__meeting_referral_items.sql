-- A territorial group decides on verified referrals too: an agenda item may name a referral instead of
-- a case, and a decision remembers the referral it was taken on (and the case it opened, if any).

ALTER TABLE meeting_agenda_item ADD COLUMN referral_id BIGINT NULL;
ALTER TABLE meeting_decision ADD COLUMN referral_id BIGINT NULL;
