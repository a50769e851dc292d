-- Online law contests (cuộc thi trực tuyến): contests with their units and rounds, contestants,
-- attempts with every answer, and each contestant's counted result per round. PostgreSQL is the
-- source of truth; Redis keeps the live leaderboards, rebuilt from contest_entry when needed.

ALTER TABLE app_user DROP CONSTRAINT app_user_roles_known;
ALTER TABLE app_user ADD CONSTRAINT app_user_roles_known
  CHECK (roles <@ ARRAY['admin', 'reviewer', 'author', 'host', 'organiser']::text[]);

CREATE TABLE contest (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title       text        NOT NULL,
  description text,
  rules       text,
  organiser   text        NOT NULL,
  owner_id    bigint      NOT NULL REFERENCES app_user (id),
  status      text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
  settings    jsonb       NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX contest_owner ON contest (owner_id, id DESC);

-- Đơn vị: a tree (city → commune or school → class or branch); members = the unit's size when known.
CREATE TABLE contest_unit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id bigint NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
  parent_id  bigint REFERENCES contest_unit (id),
  code       text   NOT NULL,
  name       text   NOT NULL,
  members    int    CHECK (members >= 0),
  UNIQUE (contest_id, code)
);

-- Đợt thi. closed_at is set once the round is closed (by the organiser or at closes_at) and its
-- final ranking fixed; actual_figure is the real figure the prediction question asked about.
CREATE TABLE contest_round (
  contest_id      bigint      NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
  number          int         NOT NULL CHECK (number >= 1),
  title           text        NOT NULL,
  opens_at        timestamptz NOT NULL,
  closes_at       timestamptz NOT NULL,
  closed_at       timestamptz,
  actual_figure   bigint,
  published_at    timestamptz,
  PRIMARY KEY (contest_id, number),
  CHECK (closes_at > opens_at)
);

-- Thí sinh. name_key is the folded name: the same person in the same unit registers once.
CREATE TABLE contestant (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id  bigint      NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
  unit_id     bigint      NOT NULL REFERENCES contest_unit (id),
  full_name   text        NOT NULL,
  name_key    text        NOT NULL,
  birth_date  date        NOT NULL,
  phone       text,
  email       text,
  id_number   text,
  code_hash   bytea       NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (contest_id, unit_id, name_key, birth_date)
);

CREATE UNIQUE INDEX contestant_phone ON contestant (contest_id, phone) WHERE phone IS NOT NULL;
CREATE UNIQUE INDEX contestant_email ON contestant (contest_id, email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX contestant_id_number ON contestant (contest_id, id_number) WHERE id_number IS NOT NULL;
CREATE INDEX contestant_unit ON contestant (unit_id);

-- Lượt thi: the drawn questions (id, version, choice order) are fixed when it starts.
-- round_number is null for practice. At most one attempt in progress per contestant.
CREATE TABLE contest_attempt (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id     bigint      NOT NULL REFERENCES contest (id) ON DELETE CASCADE,
  round_number   int,
  contestant_id  bigint      NOT NULL REFERENCES contestant (id) ON DELETE CASCADE,
  practice       boolean     NOT NULL,
  questions      jsonb       NOT NULL,
  question_count int         NOT NULL,
  started_at     timestamptz NOT NULL,
  deadline       timestamptz NOT NULL,
  prediction     bigint,
  submitted_at   timestamptz,
  auto_submitted boolean     NOT NULL DEFAULT false,
  score          int,
  correct        int,
  duration_ms    bigint,
  FOREIGN KEY (contest_id, round_number) REFERENCES contest_round (contest_id, number),
  CHECK (practice OR round_number IS NOT NULL)
);

CREATE UNIQUE INDEX contest_attempt_one_open ON contest_attempt (contestant_id) WHERE submitted_at IS NULL;
CREATE INDEX contest_attempt_contestant ON contest_attempt (contestant_id, id);
CREATE INDEX contest_attempt_deadline ON contest_attempt (deadline) WHERE submitted_at IS NULL;

-- Every answer as the contestant gave it (shown positions), changed in place until submission.
CREATE TABLE contest_answer (
  attempt_id  bigint      NOT NULL REFERENCES contest_attempt (id) ON DELETE CASCADE,
  position    int         NOT NULL,
  answer      jsonb       NOT NULL,
  answered_at timestamptz NOT NULL,
  correct     boolean,
  points      int,
  PRIMARY KEY (attempt_id, position)
);

-- The attempt that counts for each contestant in each round (the best), denormalised for ranking.
-- final_rank is fixed when the round closes.
CREATE TABLE contest_entry (
  contest_id    bigint      NOT NULL,
  round_number  int         NOT NULL,
  contestant_id bigint      NOT NULL REFERENCES contestant (id) ON DELETE CASCADE,
  unit_id       bigint      NOT NULL REFERENCES contest_unit (id),
  attempt_id    bigint      NOT NULL REFERENCES contest_attempt (id),
  score         int         NOT NULL,
  perfect       boolean     NOT NULL,
  prediction    bigint,
  duration_ms   bigint      NOT NULL,
  submitted_at  timestamptz NOT NULL,
  final_rank    int,
  PRIMARY KEY (contest_id, round_number, contestant_id),
  FOREIGN KEY (contest_id, round_number) REFERENCES contest_round (contest_id, number) ON DELETE CASCADE
);

CREATE INDEX contest_entry_unit ON contest_entry (contest_id, round_number, unit_id);
