-- Search by words over the folded text with a full-text index: fast for common words and for
-- phrases such as "dieu 9" (positions kept), where trigram matching had to recheck many rows.
ALTER TABLE question
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_folded)) STORED;

CREATE INDEX question_search_vector ON question USING gin (search_vector);

DROP INDEX question_search_trgm;
