-- A question's own answering time (from an imported file's time column, e.g. Kahoot's "Time limit"):
-- a question set takes it for the question when the host adds it without choosing another, so a live
-- game plays it unless the host changed it in the set. Null: the usual 20 seconds.
ALTER TABLE question
  ADD COLUMN time_limit_seconds int CHECK (time_limit_seconds IN (5, 10, 20, 30, 60, 90, 120, 240));
