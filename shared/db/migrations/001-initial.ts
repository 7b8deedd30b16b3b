// Schema version 1: the review, embedded content, inventory, answers, findings, actions,
// evidence, sign-offs and the audit log. Never edit once released; add a new migration.
import type { Migration } from '../schema';

export const migration001Initial: Migration = {
  version: 1,
  description: 'Initial schema',
  sql: `
CREATE TABLE review (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'en',
  round_label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE framework (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  added_at TEXT NOT NULL
);

-- Every version of a framework a review has been answered against, so history can show retired items.
CREATE TABLE framework_version (
  framework_id TEXT NOT NULL,
  version TEXT NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  embedded_at TEXT NOT NULL,
  replaced_at TEXT,
  PRIMARY KEY (framework_id, version)
);

CREATE TABLE principle (
  id TEXT NOT NULL,
  framework_id TEXT NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (framework_id, id)
);

CREATE TABLE item (
  id TEXT PRIMARY KEY,
  framework_id TEXT NOT NULL REFERENCES framework(id) ON DELETE CASCADE,
  principle_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  severity TEXT NOT NULL,
  applies_when TEXT,
  -- Set when an upgrade of the framework removed the item; its answers stay for history.
  retired_at TEXT
);

CREATE TABLE system (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  stage TEXT CHECK (stage IN ('idea', 'pilot', 'production', 'retired')),
  provider_type TEXT CHECK (provider_type IN ('in_house', 'vendor')),
  provider_name TEXT NOT NULL DEFAULT '',
  use_category TEXT CHECK (use_category IN ('encouraged', 'precautions', 'further_study', 'extreme_reservations')),
  -- Why this Appendix II category: the assistant's reason, or the reviewer's when they overrode it.
  use_category_reason TEXT NOT NULL DEFAULT '',
  use_category_source TEXT CHECK (use_category_source IN ('assistant', 'reviewer', 'import')),
  automation TEXT CHECK (automation IN ('information', 'support', 'decision')),
  data_processed TEXT,
  legal_areas TEXT,
  users TEXT NOT NULL DEFAULT '',
  hosting TEXT NOT NULL DEFAULT '',
  contact TEXT NOT NULL DEFAULT '',
  go_live TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  custom_fields TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE answer (
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  item_id TEXT NOT NULL REFERENCES item(id),
  status TEXT NOT NULL CHECK (status IN ('not_reviewed', 'compliant', 'partial', 'non_compliant', 'not_applicable')),
  justification TEXT NOT NULL DEFAULT '',
  revision TEXT NOT NULL,
  base_revision TEXT,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  -- Set when the item's wording changed in a framework upgrade after this answer was given.
  recheck INTEGER NOT NULL DEFAULT 0,
  -- An applicability override: the reviewer says the item applies (1) or not (0) despite the rule.
  applies_override INTEGER,
  PRIMARY KEY (system_id, item_id)
);

-- Appendix IV of the Charter: how far each principle is integrated in a system, confirmed by the assessor.
CREATE TABLE principle_assessment (
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  framework_id TEXT NOT NULL,
  principle_id TEXT NOT NULL,
  -- A level id of the framework's integrationScale (content data, checked by the engine).
  level TEXT NOT NULL,
  justification TEXT NOT NULL DEFAULT '',
  revision TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (system_id, framework_id, principle_id)
);

CREATE TABLE finding (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  item_id TEXT REFERENCES item(id),
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  description TEXT NOT NULL,
  recommendation TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE action (
  id TEXT PRIMARY KEY,
  finding_id TEXT REFERENCES finding(id) ON DELETE SET NULL,
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  description TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'cancelled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  item_id TEXT REFERENCES item(id),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE signoff (
  id TEXT PRIMARY KEY,
  system_id TEXT NOT NULL REFERENCES system(id) ON DELETE CASCADE,
  person TEXT NOT NULL,
  role TEXT NOT NULL,
  statement TEXT NOT NULL,
  answers_sha256 TEXT NOT NULL,
  signed_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  payload TEXT NOT NULL,
  before TEXT,
  after TEXT
);

CREATE INDEX answer_by_item ON answer(item_id);
CREATE INDEX finding_by_system ON finding(system_id);
CREATE INDEX action_by_system ON action(system_id);
CREATE INDEX evidence_by_system ON evidence(system_id);
`,
};
