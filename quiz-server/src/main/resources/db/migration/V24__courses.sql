-- Online training for officials (đào tạo trực tuyến): courses of ordered lessons, each ending with a
-- short quiz, and a final test; courses assigned to organisations (their subtrees) with a deadline;
-- each learner's progress; certificates with a public verification code.

-- The final test of a course is a contest of status COURSE: hidden from the contest lists and pages,
-- with one round open for ever. Its attempts, draws, saves, timing, judging and sweeps are the
-- contests' own. Its takers are contestants without personal data (the course keeps the learner).
ALTER TABLE contest DROP CONSTRAINT contest_status_check;
ALTER TABLE contest ADD CONSTRAINT contest_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'COURSE'));
ALTER TABLE contestant ADD COLUMN course_taker boolean NOT NULL DEFAULT false;
ALTER TABLE contestant DROP CONSTRAINT contestant_erased_or_named;
ALTER TABLE contestant ADD CONSTRAINT contestant_erased_or_named
  CHECK (erased_at IS NOT NULL OR (course_taker AND code_hash IS NOT NULL)
         OR (full_name IS NOT NULL AND birth_date IS NOT NULL AND code_hash IS NOT NULL));

-- Khóa học. The review workflow of questions: an author's draft goes to review, a reviewer other
-- than the author publishes it or returns it with a comment. final_test: questions, time limit,
-- attempts, pass mark and where the questions come from (tags, cited articles).
CREATE TABLE course (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title          text        NOT NULL,
  description    text        NOT NULL DEFAULT '',
  owner_id       bigint      NOT NULL REFERENCES app_user (id),
  status         text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
  review_comment text,
  reviewer_id    bigint      REFERENCES app_user (id),
  final_test     jsonb       NOT NULL,
  contest_id     bigint      UNIQUE REFERENCES contest (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  published_at   timestamptz
);
CREATE INDEX course_owner ON course (owner_id, id DESC);

-- Bài học, in order (position from 1). articles: [{document, article}] of the legal store to read;
-- quiz: questions, pass mark, tags and cited articles it draws from.
CREATE TABLE course_lesson (
  course_id bigint NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  position  int    NOT NULL CHECK (position >= 1),
  title     text   NOT NULL,
  body      text   NOT NULL DEFAULT '',
  articles  jsonb  NOT NULL DEFAULT '[]',
  video_url text,
  quiz      jsonb  NOT NULL,
  PRIMARY KEY (course_id, position)
);

-- Giao khóa học: a course assigned to a node covers its whole subtree, due on a day.
CREATE TABLE course_assignment (
  course_id   bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  org_id      bigint      NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  due_on      date        NOT NULL,
  assigned_by bigint      NOT NULL REFERENCES app_user (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, org_id)
);
CREATE INDEX course_assignment_org ON course_assignment (org_id);

-- Học viên: an account (cán bộ, giáo viên) or a member who joined a unit with its invite code, once per
-- course; org_id is their organisation when they started. completed_at: every lesson passed and the
-- final test passed (final_score of final_max).
CREATE TABLE course_learner (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  course_id     bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id       bigint      REFERENCES app_user (id),
  member_id     bigint      REFERENCES org_member (id) ON DELETE CASCADE,
  org_id        bigint      REFERENCES org_unit (id) ON DELETE SET NULL,
  contestant_id bigint      NOT NULL REFERENCES contestant (id),
  started_at    timestamptz NOT NULL DEFAULT now(),
  completed_at  timestamptz,
  final_score   int,
  final_max     int,
  CHECK ((user_id IS NULL) <> (member_id IS NULL))
);
CREATE UNIQUE INDEX course_learner_user ON course_learner (course_id, user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX course_learner_member ON course_learner (course_id, member_id) WHERE member_id IS NOT NULL;
CREATE INDEX course_learner_org ON course_learner (org_id, course_id);

-- A learner's lesson: the quiz drawn last (questions fixed until submitted), the best mark and when it
-- was passed.
CREATE TABLE course_progress (
  learner_id   bigint      NOT NULL REFERENCES course_learner (id) ON DELETE CASCADE,
  position     int         NOT NULL,
  quiz         jsonb,
  best_percent int,
  passed_at    timestamptz,
  PRIMARY KEY (learner_id, position)
);

-- Chứng nhận: one per learner who completed the course; what it says is kept as issued. The course's
-- owner (or an admin) may revoke it; the public verification page says so.
CREATE TABLE course_certificate (
  code          text        PRIMARY KEY,
  learner_id    bigint      NOT NULL UNIQUE REFERENCES course_learner (id) ON DELETE CASCADE,
  course_id     bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  person_name   text        NOT NULL,
  org_name      text,
  course_title  text        NOT NULL,
  score         int         NOT NULL,
  max_score     int         NOT NULL,
  issued_at     timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz,
  revoked_by    bigint      REFERENCES app_user (id),
  revoke_reason text
);
CREATE INDEX course_certificate_course ON course_certificate (course_id, issued_at);
