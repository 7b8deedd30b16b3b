// The engine worker's half of the report dialog: makes one report at a time from the open review, with
// progress reports to the window and a Cancel that takes effect between systems.
import type { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { sha256Hex } from '../../../shared/engine/hash';
import {
  type CancellationSignal,
  type GeneratedReport,
  type ReportProgressCallback,
  type ReportRequest,
  generateReport,
} from '../../../shared/reports';

/** What the window knows that the worker does not: the file's name and who is making the report. */
export interface ReportContext {
  fileName: string;
  author: string;
}

export class ReportJob {
  private signal: { aborted: boolean } | null = null;

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
      return await generateReport(engine, request, {
        file,
        author: context.author,
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
