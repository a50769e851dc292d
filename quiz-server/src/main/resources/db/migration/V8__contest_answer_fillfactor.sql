-- Contestants change their answers until they submit: leave room in each page so that an answer is
-- updated in place (a HOT update, no index change) instead of moving to another page.
ALTER TABLE contest_answer SET (fillfactor = 70);
