-- People who sign in: admins, reviewers, authors and hosts. Players and contestants are not accounts.
CREATE TABLE app_user (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text        NOT NULL,
  display_name  text        NOT NULL,
  password_hash text        NOT NULL,
  roles         text[]      NOT NULL DEFAULT '{}',
  active        boolean     NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_roles_known CHECK (roles <@ ARRAY['admin', 'reviewer', 'author', 'host']::text[]),
  CONSTRAINT app_user_email_shape CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);

CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
