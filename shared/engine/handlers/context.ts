// What a command handler gets to work with, and what it returns for the audit log.
import type { Database } from '../../db/sqljs';
import type { FrameworkContent } from '../../frameworks/schema';
import type { Command } from '../commands';

export interface HandlerContext {
  db: Database;
  /** ISO time of the command, the same for every row it writes. */
  at: string;
  actor: string;
  frameworks: ReadonlyMap<string, FrameworkContent>;
  /** Content this build ships, for adding and upgrading frameworks. */
  catalogue: readonly FrameworkContent[];
}

export interface AuditEntry {
  before: unknown;
  after: unknown;
  createdId?: string;
}

export type Handler<C extends Command> = (ctx: HandlerContext, command: C) => AuditEntry;

/** One handler per command type; the type system checks the table is complete. */
export type HandlerTable = { [T in Command['type']]: Handler<Extract<Command, { type: T }>> };
