-- Ready question sets by topic (bộ câu hỏi mẫu), shipped with the starter bank: the stable key of the
-- shipped set, so loading it again adds nothing twice, its topic and its English name.
ALTER TABLE question_set ADD COLUMN starter_key text UNIQUE;
ALTER TABLE question_set ADD COLUMN topic text;
ALTER TABLE question_set ADD COLUMN title_en text;
