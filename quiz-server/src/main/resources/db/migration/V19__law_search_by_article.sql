-- "Điều 30" searched across every document: the articles with that number, without a scan of the
-- whole store (law_provision_lookup starts with the document).
CREATE INDEX law_provision_article ON law_provision (article, document_number) WHERE clause IS NULL AND point IS NULL;
