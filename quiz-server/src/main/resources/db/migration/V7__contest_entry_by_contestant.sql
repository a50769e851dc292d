-- A contestant's entries over every round, in contestant order: what the contest-wide board and its
-- rebuild read, page by page, without aggregating the whole contest for each page.
CREATE INDEX contest_entry_contestant ON contest_entry (contest_id, contestant_id);
