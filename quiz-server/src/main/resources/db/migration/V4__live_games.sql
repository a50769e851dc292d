-- Live classroom games: the game and the question versions it used, then at the end every
-- player, answer, answer time and score (Redis holds the live state while the game runs).

CREATE TABLE game (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pin         text        NOT NULL CHECK (pin ~ '^[0-9]{6,7}$'),
  host_id     bigint      NOT NULL REFERENCES app_user (id),
  set_id      bigint      REFERENCES question_set (id) ON DELETE SET NULL,
  title       text        NOT NULL,
  options     jsonb       NOT NULL,
  status      text        NOT NULL CHECK (status IN ('LOBBY', 'RUNNING', 'FINISHED', 'ABANDONED')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  started_at  timestamptz,
  finished_at timestamptz
);

-- A PIN names one game at a time among those not yet over.
CREATE UNIQUE INDEX game_active_pin ON game (pin) WHERE status IN ('LOBBY', 'RUNNING');
CREATE INDEX game_host ON game (host_id, id DESC);

CREATE TABLE game_question (
  game_id            bigint   NOT NULL REFERENCES game (id) ON DELETE CASCADE,
  position           int      NOT NULL,
  question_id        bigint   NOT NULL,
  version            int      NOT NULL,
  time_limit_seconds int      NOT NULL,
  points             int      NOT NULL,
  PRIMARY KEY (game_id, position),
  FOREIGN KEY (question_id, version) REFERENCES question_version (question_id, version)
);

CREATE TABLE game_player (
  game_id      bigint      NOT NULL REFERENCES game (id) ON DELETE CASCADE,
  player_id    int         NOT NULL,
  nickname     text        NOT NULL,
  score        int         NOT NULL,
  correct      int         NOT NULL,
  final_rank   int         NOT NULL,
  kicked       boolean     NOT NULL DEFAULT false,
  joined_at    timestamptz NOT NULL,
  PRIMARY KEY (game_id, player_id)
);

CREATE TABLE game_answer (
  game_id     bigint   NOT NULL REFERENCES game (id) ON DELETE CASCADE,
  player_id   int      NOT NULL,
  position    int      NOT NULL,
  answer      text     NOT NULL,
  correct     boolean  NOT NULL,
  points      int      NOT NULL,
  time_ms     int      NOT NULL,
  PRIMARY KEY (game_id, player_id, position),
  FOREIGN KEY (game_id, player_id) REFERENCES game_player (game_id, player_id) ON DELETE CASCADE
);
