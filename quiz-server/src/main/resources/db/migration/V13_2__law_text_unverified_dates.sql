-- A document kept without its text may lack a passing date that no text or official notice confirms.
ALTER TABLE law_text ALTER COLUMN passed DROP NOT NULL;
