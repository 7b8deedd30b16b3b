// The review files this app opened or saved lately, kept as JSON in the user's profile folder so the
// Welcome screen can offer them again after a restart. A damaged list is forgotten, never fatal.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { pathIdentity } from './pathIdentity';
import { saveReviewAtomically, type FileSystemOps } from './saveReviewAtomically';

export const RECENT_FILES_FILE_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;
// Saving happens about once a second while typing; re-writing the list each time would add nothing.
const REFRESH_AFTER_MS = 60_000;

export interface RecentEntry {
  /** Absolute path of the review file. */
  path: string;
  /** ISO time it was last opened or saved. */
  lastOpened: string;
}

const entrySchema = z.object({
  path: z
    .string()
    .min(1)
    .refine((value) => path.isAbsolute(value)),
  lastOpened: z.iso.datetime(),
});
const storedListSchema = z.object({ version: z.literal(1), files: z.array(z.unknown()) });

export interface RecentFilesOptions {
  fs?: FileSystemOps;
  now?: () => Date;
}

export class RecentFiles {
  private entries: RecentEntry[] | undefined;
  // Changes are applied one after another, so two quick opens cannot both read the old list and lose one.
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listPath: string;

  constructor(
    folder: string,
    private readonly options: RecentFilesOptions = {},
  ) {
    this.listPath = path.join(folder, RECENT_FILES_FILE_NAME);
  }

  /** Newest first, at most MAX_RECENT_FILES. */
  list(): Promise<RecentEntry[]> {
    return this.enqueue(async () => [...(await this.load())]);
  }

  /** Puts `filePath` first (opened or saved just now). */
  remember(filePath: string): Promise<RecentEntry[]> {
    return this.enqueue(async () => {
      const entries = await this.load();
      const now = this.now();
      const identity = pathIdentity(filePath);
      const newest = entries[0];
      if (
        newest &&
        pathIdentity(newest.path) === identity &&
        now.getTime() - Date.parse(newest.lastOpened) < REFRESH_AFTER_MS
      ) {
        return [...entries];
      }
      const others = entries.filter((entry) => pathIdentity(entry.path) !== identity);
      const updated = [{ path: path.resolve(filePath), lastOpened: now.toISOString() }, ...others].slice(
        0,
        MAX_RECENT_FILES,
      );
      await this.store(updated);
      return [...updated];
    });
  }

  /** Removes `filePath` from the list; the file itself is not touched. */
  forget(filePath: string): Promise<RecentEntry[]> {
    return this.enqueue(async () => {
      const entries = await this.load();
      const identity = pathIdentity(filePath);
      const updated = entries.filter((entry) => pathIdentity(entry.path) !== identity);
      if (updated.length !== entries.length) await this.store(updated);
      return [...updated];
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async load(): Promise<RecentEntry[]> {
    this.entries ??= await readRecentList(this.listPath);
    return this.entries;
  }

  private async store(entries: RecentEntry[]): Promise<void> {
    // Memory first: if the disk refuses, the list still works for this session.
    this.entries = entries;
    const json = JSON.stringify({ version: 1, files: entries }, null, 2);
    await saveReviewAtomically(this.listPath, new TextEncoder().encode(json), { fs: this.options.fs });
  }
}

/** Reads the stored list, keeping every entry that still makes sense and dropping the rest. */
async function readRecentList(listPath: string): Promise<RecentEntry[]> {
  let text: string;
  try {
    text = await readFile(listPath, 'utf8');
  } catch {
    return [];
  }
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = storedListSchema.safeParse(stored);
  if (!parsed.success) return [];
  const entries: RecentEntry[] = [];
  const seen = new Set<string>();
  for (const candidate of parsed.data.files) {
    const entry = entrySchema.safeParse(candidate);
    if (!entry.success) continue;
    const identity = pathIdentity(entry.data.path);
    if (seen.has(identity)) continue;
    seen.add(identity);
    entries.push(entry.data);
  }
  return entries.slice(0, MAX_RECENT_FILES);
}
