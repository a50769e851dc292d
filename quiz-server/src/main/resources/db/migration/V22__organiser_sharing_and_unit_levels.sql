-- A question set may be shared with one contest (its pool draws from it; it is on no host's list)
-- or with one person, besides being private or shared with every host.
ALTER TABLE question_set ADD COLUMN shared_contest_id bigint REFERENCES contest (id) ON DELETE SET NULL;
ALTER TABLE question_set ADD COLUMN shared_user_id bigint REFERENCES app_user (id) ON DELETE SET NULL;
CREATE INDEX question_set_shared_user ON question_set (shared_user_id) WHERE shared_user_id IS NOT NULL;
CREATE INDEX question_set_shared_contest ON question_set (shared_contest_id) WHERE shared_contest_id IS NOT NULL;

-- What each level of a contest's unit tree is called, top first (Tỉnh đoàn, Huyện đoàn, Chi đoàn…).
ALTER TABLE contest ADD COLUMN unit_levels text[] NOT NULL DEFAULT '{}';
