-- Mail that the server sends (invitations, contest access codes, reminders) waits here until a worker
-- sends it: a request never waits on SMTP. Workers on several servers take rows with SKIP LOCKED, so a
-- message goes out once; a failure is retried later and later (attempts, next_attempt_at) until it gives up.
-- The variables of a sent message (a link, a code) are cleared once it is sent.
CREATE TABLE mail_outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  template        text        NOT NULL,
  recipient       text        NOT NULL,
  vars            jsonb       NOT NULL,
  status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts        int         NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';

-- Reach (bảng theo dõi): rollups kept by a scheduled job, so that the dashboard never scans the sources.
-- One row per person reached through the product, on the organisation they belong to. person_key says
-- who, by source: 'c:' a registered contestant (folded name and date of birth, so the same person in two
-- contests of the same unit counts once), 'm:' a member who joined with an invite link, and later others
-- (course members). Each person belongs to one node, so a subtree's figure is a sum over org_closure.
CREATE TABLE reach_person (
  org_id     bigint      NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  person_key text        NOT NULL,
  source     text        NOT NULL,
  first_seen timestamptz NOT NULL,
  last_seen  timestamptz NOT NULL,
  PRIMARY KEY (org_id, person_key)
);
CREATE INDEX reach_person_first ON reach_person (first_seen);

-- The months in which a person was active (registered, took an attempt, joined).
CREATE TABLE reach_activity (
  org_id     bigint  NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  month      date    NOT NULL,
  person_key text    NOT NULL,
  source     text    NOT NULL,
  PRIMARY KEY (org_id, month, person_key)
);

-- Per node (its own people only, not its subtree) and month: people active, people reached for the first
-- time, contest attempts and their correct answers, live games hosted by its staff and their players.
CREATE TABLE reach_month (
  org_id          bigint NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  month           date   NOT NULL,
  active_people   int    NOT NULL DEFAULT 0,
  new_people      int    NOT NULL DEFAULT 0,
  attempts        int    NOT NULL DEFAULT 0,
  games           int    NOT NULL DEFAULT 0,
  game_players    int    NOT NULL DEFAULT 0,
  correct_answers bigint NOT NULL DEFAULT 0,
  questions_asked bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, month)
);

-- Per node, as of the job's last run: its own members, people reached, active in the last 30 and 90 days,
-- contestants.
CREATE TABLE reach_org (
  org_id      bigint PRIMARY KEY REFERENCES org_unit (id) ON DELETE CASCADE,
  members     int    NOT NULL DEFAULT 0,
  staff       int    NOT NULL DEFAULT 0,
  people      int    NOT NULL DEFAULT 0,
  contestants int    NOT NULL DEFAULT 0,
  active_30   int    NOT NULL DEFAULT 0,
  active_90   int    NOT NULL DEFAULT 0
);

-- Anonymous reads of the public lookup and reader, per month: visits, never people.
CREATE TABLE reach_visit_month (
  month  date   PRIMARY KEY,
  visits bigint NOT NULL DEFAULT 0
);

-- When the job last ran, and up to when it has read the sources.
CREATE TABLE reach_job (
  name      text        PRIMARY KEY,
  watermark timestamptz NOT NULL,
  ran_at    timestamptz NOT NULL,
  took_ms   bigint      NOT NULL
);

-- Live games are counted for the organisation of the host's account; finished_at finds the new ones.
CREATE INDEX game_finished ON game (finished_at) WHERE status = 'FINISHED';
CREATE INDEX contest_attempt_submitted ON contest_attempt (submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX contestant_created ON contestant (created_at);
CREATE INDEX org_member_joined ON org_member (joined_at);
