-- What an owner changed in a question set and has not saved yet, one per person and set, so that
-- leaving the editor (or another device) loses nothing. Saving the set or discarding the draft removes it.
CREATE TABLE question_set_draft (
  user_id    bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  set_id     bigint      NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
  body       jsonb       NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, set_id)
);

CREATE INDEX question_set_draft_set ON question_set_draft (set_id);
