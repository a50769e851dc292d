-- A contestant registered (or taking a round) while signed in as an official, or as a member who joined a unit,
-- is linked to that person, so the person's page shows the badges of their contest rounds. Anonymous contestants
-- stay unlinked. Erasing a member or an account unlinks them.
ALTER TABLE contestant ADD COLUMN user_id bigint REFERENCES app_user (id) ON DELETE SET NULL;
ALTER TABLE contestant ADD COLUMN member_id bigint REFERENCES org_member (id) ON DELETE SET NULL;
ALTER TABLE contestant ADD CONSTRAINT contestant_one_person CHECK (user_id IS NULL OR member_id IS NULL);
CREATE INDEX contestant_user ON contestant (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX contestant_member ON contestant (member_id) WHERE member_id IS NOT NULL;

-- The unit a live-game player chose when joining (optional): only the unit, no name beyond the nickname the game
-- already keeps. Written at the join, so a player is counted once the game has finished, as a person reached
-- for that unit.
CREATE TABLE game_player_unit (
  game_id   bigint NOT NULL REFERENCES game (id) ON DELETE CASCADE,
  player_id int    NOT NULL,
  org_id    bigint NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  PRIMARY KEY (game_id, player_id)
);
CREATE INDEX game_player_unit_org ON game_player_unit (org_id);
