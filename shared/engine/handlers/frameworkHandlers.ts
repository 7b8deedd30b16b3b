// Commands that change which checklist content a review is answered against:
// adding a framework, and upgrading one to a newer version without losing answers.
import type { z } from 'zod';
import { type Database, run, selectAll, selectOne } from '../../db/sqljs';
import { CommandError } from '../../errors';
import { compareVersions, diffFrameworks } from '../../frameworks/diffFrameworks';
import { FrameworkContent } from '../../frameworks/schema';
import type { AddFramework, UpgradeFramework } from '../commands';
import { sha256OfText } from '../hash';
import type { Handler, HandlerContext } from './context';

/** Writes a framework's content and its principle and item rows; used by create, add and upgrade. */
export function embedFramework(db: Database, framework: FrameworkContent, at: string): void {
  const content = JSON.stringify(framework);
  const contentSha256 = sha256OfText(content);
  run(
    db,
    `INSERT INTO framework (id, version, title, content, content_sha256, added_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, title = excluded.title, content = excluded.content,
       content_sha256 = excluded.content_sha256`,
    [framework.id, framework.version, framework.title.en, content, contentSha256, at],
  );
  run(
    db,
    'INSERT INTO framework_version (framework_id, version, content, content_sha256, embedded_at) VALUES (?, ?, ?, ?, ?)',
    [framework.id, framework.version, content, contentSha256, at],
  );
  run(db, 'DELETE FROM principle WHERE framework_id = ?', [framework.id]);
  framework.principles.forEach((principle, position) => {
    run(db, 'INSERT INTO principle (id, framework_id, position, code, title) VALUES (?, ?, ?, ?, ?)', [
      principle.id,
      framework.id,
      position,
      principle.code,
      principle.title.en,
    ]);
  });
  framework.items.forEach((item, position) => {
    run(
      db,
      `INSERT INTO item (id, framework_id, principle_id, position, severity, applies_when, retired_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL)
       ON CONFLICT (id) DO UPDATE SET principle_id = excluded.principle_id, position = excluded.position,
         severity = excluded.severity, applies_when = excluded.applies_when, retired_at = NULL`,
      [
        item.id,
        framework.id,
        item.principle,
        position,
        item.severity,
        item.appliesWhen ? JSON.stringify(item.appliesWhen) : null,
      ],
    );
  });
}

function fromCatalogue(ctx: HandlerContext, frameworkId: string, version?: string): FrameworkContent {
  const found = ctx.catalogue.find((f) => f.id === frameworkId && (version === undefined || f.version === version));
  if (!found) {
    const what = version ? `${frameworkId} version ${version}` : frameworkId;
    throw new CommandError('not-found', `This version of the app does not ship the checklist ${what}.`);
  }
  return FrameworkContent.parse(found);
}

export const addFramework: Handler<z.infer<typeof AddFramework>> = (ctx, command) => {
  if (ctx.frameworks.has(command.frameworkId)) {
    throw new CommandError('conflict', `The checklist ${command.frameworkId} is already part of this review.`);
  }
  const framework = fromCatalogue(ctx, command.frameworkId);
  embedFramework(ctx.db, framework, ctx.at);
  return { before: null, after: { frameworkId: framework.id, version: framework.version } };
};

export const upgradeFramework: Handler<z.infer<typeof UpgradeFramework>> = (ctx, command) => {
  const current = ctx.frameworks.get(command.frameworkId);
  if (!current) throw new CommandError('not-found', `The checklist ${command.frameworkId} is not part of this review.`);
  const next = fromCatalogue(ctx, command.frameworkId, command.toVersion);
  if (compareVersions(next.version, current.version) <= 0) {
    throw new CommandError(
      'conflict',
      `The review already uses version ${current.version} of ${current.id}; ${next.version} is not newer.`,
    );
  }
  const diff = diffFrameworks(current, next);
  run(ctx.db, 'UPDATE framework_version SET replaced_at = ? WHERE framework_id = ? AND replaced_at IS NULL', [
    ctx.at,
    current.id,
  ]);
  embedFramework(ctx.db, next, ctx.at);
  for (const itemId of diff.removed) run(ctx.db, 'UPDATE item SET retired_at = ? WHERE id = ?', [ctx.at, itemId]);
  // Answers given to a question whose meaning changed are kept, but flagged until someone looks again.
  const recheck = selectAll(
    ctx.db,
    `SELECT system_id, item_id FROM answer WHERE status != 'not_reviewed' AND item_id IN (${diff.reworded.map(() => '?').join(',') || "''"})`,
    diff.reworded,
  );
  for (const row of recheck) {
    run(ctx.db, 'UPDATE answer SET recheck = 1 WHERE system_id = ? AND item_id = ?', [
      row.system_id ?? null,
      row.item_id ?? null,
    ]);
  }
  const retiredAnswers = selectOne(
    ctx.db,
    `SELECT COUNT(*) AS n FROM answer WHERE item_id IN (${diff.removed.map(() => '?').join(',') || "''"})`,
    diff.removed,
  );
  return {
    before: { frameworkId: current.id, version: current.version },
    after: {
      frameworkId: next.id,
      version: next.version,
      diff,
      answersToRecheck: recheck.length,
      answersOnRetiredItems: Number(retiredAnswers?.n ?? 0),
    },
  };
};
