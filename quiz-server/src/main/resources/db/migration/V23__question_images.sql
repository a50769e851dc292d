-- Question images, named by the SHA-256 of their stored bytes (re-encoded PNG or JPEG, no metadata).
-- A row is never changed: the same bytes always have the same name, so a second upload adds nothing.
CREATE TABLE media_image (
  sha256      char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type  text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
  bytes       bytea NOT NULL,
  created_by  bigint REFERENCES app_user (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
