-- Fair contests and contestants' personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).

-- Questions of a published contest's ranked pool (and every question an attempt drew): the public
-- lookup leaves them out while any round of that contest is not closed.
CREATE TABLE contest_withheld_question (
  question_id bigint NOT NULL,
  contest_id  bigint NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
  PRIMARY KEY (question_id, contest_id)
);
CREATE INDEX contest_withheld_contest ON contest_withheld_question (contest_id);

-- The public lookup also leaves out the questions of games being played (lobby to podium).
CREATE INDEX game_question_question ON game_question (question_id);
CREATE INDEX game_live ON game (id) WHERE status IN ('LOBBY', 'RUNNING');

-- The name folded to its confusable skeleton (Unicode TR39): look-alike letters, full-width forms
-- and punctuation no longer make the same person in the same unit a new one.
ALTER TABLE contestant ADD COLUMN name_skeleton text;
CREATE UNIQUE INDEX contestant_same_person ON contestant (contest_id, unit_id, name_skeleton, birth_date)
  WHERE name_skeleton IS NOT NULL;

-- What the contestant (or their guardian) agreed to, and when.
ALTER TABLE contestant ADD COLUMN consented_at timestamptz;
ALTER TABLE contestant ADD COLUMN consent jsonb;

-- Erasure, on request or after the contest's retention period: personal fields are emptied, the
-- results stay, anonymised.
ALTER TABLE contestant ADD COLUMN erased_at timestamptz;
ALTER TABLE contestant ALTER COLUMN full_name DROP NOT NULL;
ALTER TABLE contestant ALTER COLUMN name_key DROP NOT NULL;
ALTER TABLE contestant ALTER COLUMN birth_date DROP NOT NULL;
ALTER TABLE contestant ALTER COLUMN code_hash DROP NOT NULL;
ALTER TABLE contestant ADD CONSTRAINT contestant_erased_or_named
  CHECK (erased_at IS NOT NULL OR (full_name IS NOT NULL AND birth_date IS NOT NULL AND code_hash IS NOT NULL));
