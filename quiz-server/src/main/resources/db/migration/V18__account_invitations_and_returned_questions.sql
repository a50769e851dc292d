-- Invitations: an account made by an admin without a password gets a link to choose its own.
-- Only the SHA-256 of the link's token is kept; a link works once, until it expires, and a new
-- link for the same account replaces the unused ones.
CREATE TABLE account_invitation (
  token_hash bytea       PRIMARY KEY,
  user_id    bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_by bigint      REFERENCES app_user (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

CREATE INDEX account_invitation_user ON account_invitation (user_id);

-- A question a reviewer returned keeps, until it is next approved or retired, the version that was
-- returned and the reviewer's comment: the author sees "returned" with the comment while fixing it,
-- and the reviewer compares the resubmitted version with the returned one.
ALTER TABLE question
  ADD COLUMN returned_version int,
  ADD COLUMN return_comment   text;

UPDATE question q SET returned_version = e.version, return_comment = e.comment
FROM (SELECT DISTINCT ON (question_id) question_id, version, comment, action
      FROM question_event WHERE action IN ('RETURNED', 'APPROVED', 'RETIRED')
      ORDER BY question_id, id DESC) e
WHERE e.question_id = q.id AND e.action = 'RETURNED' AND q.status IN ('DRAFT', 'IN_REVIEW');

CREATE INDEX question_returned ON question (author_id) WHERE returned_version IS NOT NULL AND status = 'DRAFT';
