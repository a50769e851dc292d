-- Organisations (tổ chức): one tree for the whole deployment, city → departments, districts, wards and
-- communes, schools, youth-union branches, businesses, the Fatherland Front and mass organisations.
CREATE TABLE org_unit (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text        NOT NULL UNIQUE,
  name        text        NOT NULL,
  kind        text        NOT NULL,
  parent_id   bigint      REFERENCES org_unit (id),
  -- Thành thị or nông thôn, and the population: only for administrative units, null otherwise.
  settlement  text        CHECK (settlement IN ('URBAN', 'RURAL')),
  population  integer     CHECK (population >= 0),
  -- Mã mời: shown to the unit's managers as a link and a QR code; rotating it stops the old one.
  invite_code text        NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT org_unit_not_own_parent CHECK (parent_id <> id)
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

-- Every (ancestor, descendant) pair, each node its own ancestor at depth 0: a subtree is one join, and
-- per-node rollups (members, activity) are one GROUP BY over it. Rebuilt inside each tree change.
CREATE TABLE org_closure (
  ancestor_id   bigint  NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  descendant_id bigint  NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  depth         integer NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
);
CREATE INDEX org_closure_descendant ON org_closure (descendant_id);

-- Người quản lý đơn vị: manages the node and everything under it.
CREATE TABLE org_manager (
  org_id     bigint      NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,
  user_id    bigint      NOT NULL REFERENCES app_user (id),
  granted_by bigint      REFERENCES app_user (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id)
);
CREATE INDEX org_manager_user ON org_manager (user_id);

-- Cán bộ: a staff account belongs to one organisation.
CREATE TABLE org_staff (
  user_id bigint      PRIMARY KEY REFERENCES app_user (id),
  org_id  bigint      NOT NULL REFERENCES org_unit (id),
  set_by  bigint      REFERENCES app_user (id),
  set_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_staff_org ON org_staff (org_id);

-- Thành viên: a citizen or student who joined with the invite code, known by a name only, and who comes
-- back with a personal member code kept here only as a SHA-256 hash.
CREATE TABLE org_member (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id    bigint      NOT NULL REFERENCES org_unit (id),
  name      text        NOT NULL,
  code_hash bytea       NOT NULL UNIQUE,
  joined_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_member_org ON org_member (org_id);
