// Identity of a review file and the list of schema versions this build can read.
import { migration001Initial } from './migrations/001-initial';
import { migration002ApplicabilityOverride } from './migrations/002-applicability-override';

/** `PRAGMA application_id` of every review file: "CHRV" in ASCII. */
export const APPLICATION_ID = 0x43485256;

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** In order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002ApplicabilityOverride];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export const REVIEW_FILE_EXTENSION = '.charter';
