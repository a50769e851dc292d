-- Citations that do not resolve into the legal store (refreshed by the whole-bank check), and the
-- changes of cited provisions that have already flagged a question (so a reviewer's decision stands).
CREATE TABLE law_citation_issue (
  question_id     bigint      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  position        int         NOT NULL,
  document_number text        NOT NULL,
  reference       text        NOT NULL,
  problem         text        NOT NULL,
  checked_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (question_id, position)
);

CREATE TABLE law_flag (
  question_id     bigint      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  document_number text        NOT NULL,
  article         text        NOT NULL,
  clause          text,
  point           text,
  effective_from  date        NOT NULL,
  by_document     text        NOT NULL,
  flagged_at      timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX law_flag_once ON law_flag (question_id, document_number, article, coalesce(clause, ''),
  coalesce(point, ''), effective_from, by_document);
