-- The report of a finished game, as the room computed it, for the host's list of past games.
ALTER TABLE game ADD COLUMN report jsonb;
