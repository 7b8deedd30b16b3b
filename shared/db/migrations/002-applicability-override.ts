// Schema version 2: a reviewer's applicability override carries its own justification, apart from the
// justification of the answer. Never edit once released; add a new migration.
import type { Migration } from '../schema';

export const migration002ApplicabilityOverride: Migration = {
  version: 2,
  description: 'Justification of an applicability override',
  sql: `
ALTER TABLE answer ADD COLUMN applies_override_reason TEXT NOT NULL DEFAULT '';
`,
};
