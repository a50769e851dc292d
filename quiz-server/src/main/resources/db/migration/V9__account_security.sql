-- Passwords that must be changed, two-factor sign-in (TOTP) and its recovery codes, and the key
-- that signs device cookies and encrypts TOTP secrets when ACCOUNT_SECRET_KEY is not set.
ALTER TABLE app_user
  ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
  ADD COLUMN password_changed_at  timestamptz,
  -- AES-GCM ciphertexts (nonce first) of the TOTP secret once confirmed, and while being enrolled.
  ADD COLUMN totp_secret          bytea,
  ADD COLUMN totp_pending_secret  bytea,
  -- The last 30-second step whose code was accepted: a code is never accepted twice.
  ADD COLUMN totp_last_step       bigint;

-- One-time codes for signing in without the authenticator; only their SHA-256 is kept.
CREATE TABLE user_recovery_code (
  user_id   bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  code_hash bytea       NOT NULL,
  used_at   timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

-- Exactly one row: a random 32-byte key made on first use.
CREATE TABLE account_key (
  id     smallint PRIMARY KEY CHECK (id = 1),
  secret bytea    NOT NULL CHECK (length(secret) = 32)
);
