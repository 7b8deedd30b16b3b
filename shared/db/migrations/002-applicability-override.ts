// Schema version 2: a reviewer's applicability override carries its own justification, apart from the
// justification of the answer; assessor packages and what merges brought in (field work).
// Never edit once released; add a new migration.
import type { Migration } from '../schema';

export const migration002ApplicabilityOverride: Migration = {
  version: 2,
  description: 'Justification of an applicability override; field work (assessor packages and merging)',
  sql: `
ALTER TABLE answer ADD COLUMN applies_override_reason TEXT NOT NULL DEFAULT '';

-- Field work (shared/fieldwork). An assessor package is a review file with the same review id, cut down to
-- the systems an assessor takes to the courts. This row says so: what it was cut from, when, by whom and for
-- which systems (a JSON list of ids). Empty in every file that is not a package.
CREATE TABLE package_info (
  id TEXT PRIMARY KEY,
  parent_review_id TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL DEFAULT '',
  system_ids TEXT NOT NULL,
  parent_schema_version INTEGER NOT NULL
);

-- The common ancestor of a three-way merge: every record of the package as it was at export. Answers and
-- principle assessments by their revision id; systems, findings and actions by the values of the fields a
-- merge compares one by one (JSON), so that two people changing different fields of one record both win;
-- evidence and sign-offs only by being there. A record missing here did not exist at export.
CREATE TABLE package_base (
  kind TEXT NOT NULL CHECK (kind IN ('answer', 'principle_assessment', 'system', 'finding', 'action', 'evidence', 'signoff')),
  key TEXT NOT NULL,
  system_id TEXT NOT NULL,
  revision TEXT,
  fields TEXT,
  PRIMARY KEY (kind, key)
);

-- What a merge already brought into a record: the revision ids (or field fingerprints) of versions from
-- returned files that this record accounts for, taken or decided against, space-separated. Merging the same
-- returned file again, even after later edits here, then changes nothing and asks nothing.
ALTER TABLE answer ADD COLUMN merged_revisions TEXT NOT NULL DEFAULT '';
ALTER TABLE principle_assessment ADD COLUMN merged_revisions TEXT NOT NULL DEFAULT '';
ALTER TABLE system ADD COLUMN merged_revisions TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN merged_revisions TEXT NOT NULL DEFAULT '';
ALTER TABLE action ADD COLUMN merged_revisions TEXT NOT NULL DEFAULT '';
`,
};
