-- The legal store (kho dữ liệu pháp luật số): the texts of the registry's documents, provision by
-- provision with the days each wording is in force, the relations between documents, and what each
-- change did to each provision. Loaded from legal-store/*.txt by the server (see LawLoader).

-- One row per document with a file in the store; the document itself is the registry's entry.
CREATE TABLE law_text (
  document_number text        PRIMARY KEY REFERENCES legal_document (number) ON UPDATE CASCADE,
  issuer          text        NOT NULL,
  passed          date        NOT NULL,
  fields          text[]      NOT NULL DEFAULT '{}',
  coverage        text        NOT NULL CHECK (coverage IN ('FULL', 'PARTIAL', 'NONE')),
  file_name       text        NOT NULL,
  content_hash    text        NOT NULL,
  provisions_hash text        NOT NULL,
  document        jsonb       NOT NULL,
  loaded_at       timestamptz NOT NULL DEFAULT now()
);

-- Where each text was read (nguồn) and when.
CREATE TABLE law_source (
  document_number text NOT NULL PRIMARY KEY REFERENCES law_text (document_number) ON UPDATE CASCADE ON DELETE CASCADE,
  address         text NOT NULL,
  read_on         date NOT NULL
);

-- Each wording of each Điều, khoản and điểm, in force from effective_from to effective_to (inclusive;
-- null: still in force). match_text is the NFC text with white space collapsed, for quote checks.
CREATE TABLE law_provision (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_number text     NOT NULL REFERENCES law_text (document_number) ON UPDATE CASCADE ON DELETE CASCADE,
  article         text     NOT NULL,
  clause          text,
  point           text,
  position        int      NOT NULL,
  title           text,
  divisions       text[]   NOT NULL DEFAULT '{}',
  text            text     NOT NULL,
  match_text      text     NOT NULL,
  search_folded   text     NOT NULL,
  content         jsonb,
  effective_from  date     NOT NULL,
  effective_to    date,
  changed_by      text,
  CONSTRAINT law_provision_days CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE INDEX law_provision_lookup ON law_provision (document_number, article, clause, point, effective_from);
ALTER TABLE law_provision
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_folded)) STORED;
CREATE INDEX law_provision_search ON law_provision USING gin (search_vector) WHERE clause IS NULL AND point IS NULL;

-- Relations from a document of the store to another (which may have no text, or not be in the registry):
-- REPLACES (from a day), GUIDES, AMENDS (one row per change: action, target and source provisions, day).
CREATE TABLE law_relation (
  from_document text NOT NULL REFERENCES law_text (document_number) ON UPDATE CASCADE ON DELETE CASCADE,
  position      int  NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('REPLACES', 'AMENDS', 'GUIDES')),
  to_document   text NOT NULL,
  action        text CHECK (action IN ('AMEND', 'INSERT', 'REPEAL', 'REPLACE_PHRASE')),
  target        text,
  source        text,
  effective_from date,
  PRIMARY KEY (from_document, position)
);

CREATE INDEX law_relation_to ON law_relation (to_document, kind);

-- What each change did to each provision whose words it changed (an amended khoản changes its Điều
-- too), with the wording before and after; the flags of citing questions are drawn from here.
CREATE TABLE law_change (
  document_number text NOT NULL REFERENCES law_text (document_number) ON UPDATE CASCADE ON DELETE CASCADE,
  article         text NOT NULL,
  clause          text,
  point           text,
  effective_from  date NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('AMENDED', 'INSERTED', 'REPEALED', 'PHRASE_REPLACED')),
  by_document     text NOT NULL,
  by_provision    text,
  target          text NOT NULL,
  before_text     text,
  after_text      text
);

CREATE INDEX law_change_provision ON law_change (document_number, article, clause, point, effective_from);
