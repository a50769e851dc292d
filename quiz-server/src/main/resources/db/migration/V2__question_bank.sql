-- The legal question bank: the registry of legal documents, questions with their versions,
-- citations and review history, question sets, and sign-in sessions.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Văn bản pháp luật. A document stops being in force after effective_to.
CREATE TABLE legal_document (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number         text        NOT NULL UNIQUE,
  name           text        NOT NULL,
  kind           text        NOT NULL CHECK (kind IN ('HIEN_PHAP', 'BO_LUAT', 'LUAT', 'NGHI_QUYET', 'NGHI_DINH', 'THONG_TU', 'QUYET_DINH')),
  issued         date,
  effective_from date,
  effective_to   date,
  replaced_by    text[]      NOT NULL DEFAULT '{}',
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT legal_document_dates CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from)
);

-- A question and, denormalised from its current version, what search and draws need.
CREATE TABLE question (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  external_key        text UNIQUE,
  status              text        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED')),
  version             int         NOT NULL CHECK (version >= 1),
  author_id           bigint      NOT NULL REFERENCES app_user (id),
  reviewer_id         bigint      REFERENCES app_user (id),
  needs_review        boolean     NOT NULL DEFAULT false,
  needs_review_reason text,
  type                text        NOT NULL,
  visibility          text        NOT NULL,
  difficulty          smallint    NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
  audience            text        NOT NULL,
  text                text        NOT NULL,
  tags                text[]      NOT NULL DEFAULT '{}',
  search_folded       text        NOT NULL,
  content_hash        text        NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX question_search_trgm ON question USING gin (search_folded gin_trgm_ops);
CREATE INDEX question_tags ON question USING gin (tags);
CREATE INDEX question_status ON question (status, needs_review, id);
CREATE INDEX question_author ON question (author_id, id);
CREATE INDEX question_content_hash ON question (content_hash);

-- Every version ever written; games and contest attempts refer to (question_id, version).
CREATE TABLE question_version (
  question_id bigint      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  version     int         NOT NULL,
  content     jsonb       NOT NULL,
  created_by  bigint      NOT NULL REFERENCES app_user (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (question_id, version)
);

-- Citations of the current version, for filters and for flagging when a law stops being in force.
CREATE TABLE question_citation (
  question_id     bigint   NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  position        smallint NOT NULL,
  document_number text     NOT NULL REFERENCES legal_document (number) ON UPDATE CASCADE,
  article         int      NOT NULL CHECK (article >= 1),
  clause          int      CHECK (clause >= 1),
  point           text,
  PRIMARY KEY (question_id, position)
);

CREATE INDEX question_citation_document ON question_citation (document_number, article);

-- Every decision and comment, kept for good. actor_id is null for the system's own flags.
CREATE TABLE question_event (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question_id bigint      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  version     int         NOT NULL,
  actor_id    bigint      REFERENCES app_user (id),
  action      text        NOT NULL,
  comment     text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX question_event_question ON question_event (question_id, id);

-- Bộ câu hỏi: an ordered list of questions with a time limit and points each.
CREATE TABLE question_set (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title       text        NOT NULL,
  description text,
  owner_id    bigint      NOT NULL REFERENCES app_user (id),
  shared      boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE question_set_item (
  set_id             bigint   NOT NULL REFERENCES question_set (id) ON DELETE CASCADE,
  position           int      NOT NULL,
  question_id        bigint   NOT NULL REFERENCES question (id),
  time_limit_seconds int      NOT NULL CHECK (time_limit_seconds BETWEEN 5 AND 240),
  points             int      NOT NULL CHECK (points IN (0, 1000, 2000)),
  PRIMARY KEY (set_id, position)
);

CREATE INDEX question_set_item_question ON question_set_item (question_id);

-- Sign-in sessions: only a hash of the cookie's token is stored.
CREATE TABLE user_session (
  token_hash  bytea       PRIMARY KEY,
  user_id     bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token  text        NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

CREATE INDEX user_session_user ON user_session (user_id);

-- The account that owns the curated starter bank; it cannot sign in.
INSERT INTO app_user (email, display_name, password_hash, roles)
VALUES ('starter-bank@luatvui.invalid', 'Bộ câu hỏi LuậtVui', '!', '{}');
