// The engine worker's half of the report dialog: makes one report at a time from the open review, with
// progress reports to the window and a Cancel that takes effect between systems.
import type { SqlJsStatic } from '../../../shared/db/sqljs';
import type { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { sha256Hex } from '../../../shared/engine/hash';
import {
  type CancellationSignal,
  type GeneratedReport,
  type ReportProgressCallback,
  type ReportRequest,
  generateReport,
} from '../../../shared/reports';
import type { PickedFile } from '../../../shared/host';

/**
 * What the window knows that the worker does not: the file's name, who is making the report, and the previous
 * round's file the person chose to compare with (its bytes are only read, in memory).
 */
export interface ReportContext {
  fileName: string;
  author: string;
  previousRound?: PickedFile;
}

export class ReportJob {
  private signal: { aborted: boolean } | null = null;

  constructor(private readonly sql: () => Promise<SqlJsStatic>) {}

  async generate(
    engine: ReviewEngine,
    request: ReportRequest,
    context: ReportContext,
    onProgress?: ReportProgressCallback,
  ): Promise<GeneratedReport> {
    // A new request replaces one still running: only the last one asked for is wanted.
    this.cancel();
    const signal = { aborted: false };
    this.signal = signal;
    try {
      // The fingerprint is of the bytes the app saves, so it matches the file once the save is done.
      const file = { name: context.fileName, sha256: sha256Hex(engine.export()) };
      const previous = context.previousRound;
      return await generateReport(engine, request, {
        file,
        author: context.author,
        ...(previous ? { previousRound: { name: previous.name, bytes: previous.bytes, sql: await this.sql() } } : {}),
        signal: signal satisfies CancellationSignal,
        ...(onProgress ? { onProgress } : {}),
      });
    } finally {
      if (this.signal === signal) this.signal = null;
    }
  }

  /** Flips the signal of the report under way; it then fails with the code "cancelled". */
  cancel(): void {
    if (this.signal) this.signal.aborted = true;
  }
}
