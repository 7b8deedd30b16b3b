// What changed between two versions of a framework, item by item, decided by stable item ids.
import type { ChecklistItem, FrameworkContent } from './schema';

export interface FrameworkDiff {
  frameworkId: string;
  fromVersion: string;
  toVersion: string;
  /** New items: nothing to carry over, they start "not reviewed". */
  added: string[];
  /** Items no longer in the new version: retired, their answers kept for history. */
  removed: string[];
  /** The question or when it applies changed: earlier answers must be checked again. */
  reworded: string[];
  /** Only guidance, references or severity changed: answers stay valid. */
  clarified: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function meaningChanged(before: ChecklistItem, after: ChecklistItem): boolean {
  return (
    !same(before.question, after.question) ||
    !same(before.appliesWhen, after.appliesWhen) ||
    before.principle !== after.principle
  );
}

function detailChanged(before: ChecklistItem, after: ChecklistItem): boolean {
  return (
    !same(before.guidance, after.guidance) ||
    !same(before.references, after.references) ||
    before.severity !== after.severity ||
    !same(before.related, after.related)
  );
}

export function diffFrameworks(from: FrameworkContent, to: FrameworkContent): FrameworkDiff {
  const before = new Map(from.items.map((item) => [item.id, item]));
  const after = new Map(to.items.map((item) => [item.id, item]));
  const diff: FrameworkDiff = {
    frameworkId: to.id,
    fromVersion: from.version,
    toVersion: to.version,
    added: [],
    removed: [],
    reworded: [],
    clarified: [],
  };
  for (const item of to.items) {
    const previous = before.get(item.id);
    if (!previous) diff.added.push(item.id);
    else if (meaningChanged(previous, item)) diff.reworded.push(item.id);
    else if (detailChanged(previous, item)) diff.clarified.push(item.id);
  }
  for (const item of from.items) if (!after.has(item.id)) diff.removed.push(item.id);
  return diff;
}

/** Compares "1.10.0" and "1.9.2" as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
