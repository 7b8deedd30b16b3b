// Worker side of field work: returned files are read and kept here, next to the engine, so their answers
// and evidence never cross to the window until the merge command is sent back through dispatch.
import type { SqlJsStatic } from '../../../shared/db/sqljs';
import type { Command } from '../../../shared/engine/commands';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import {
  type MergeReport,
  type MergeResolution,
  type MergeSource,
  type RoundComparison,
  compareRounds,
  roundOf,
} from '../../../shared/fieldwork';
import type { PickedFile } from '../../../shared/host';

/** What the window shows of a returned file before merging it. */
export interface ReturnedFileView {
  fileName: string;
  title: string;
  reviewId: string;
  /** Set when the file is an assessor package. */
  package: { exportedAt: string; exportedBy: string; systems: number } | null;
  systems: number;
}

export class FieldworkFiles {
  private sources: MergeSource[] = [];

  constructor(
    private readonly engine: () => ReviewEngine,
    private readonly sql: () => Promise<SqlJsStatic>,
  ) {}

  async exportPackage(systemIds: string[], exportedBy: string): Promise<Uint8Array> {
    return this.engine().exportPackage(await this.sql(), { systemIds, exportedBy });
  }

  /** Opens each file like a review (damaged, foreign and newer files are refused the same way) and keeps it. */
  async readReturnedFiles(files: PickedFile[]): Promise<ReturnedFileView[]> {
    const sql = await this.sql();
    const read = files.map((file) => {
      const { engine } = ReviewEngine.open(sql, file.bytes);
      try {
        return { fileName: file.name, snapshot: engine.fieldworkSnapshot({ evidenceContent: true }) };
      } finally {
        engine.close();
      }
    });
    this.sources = read;
    return read.map(({ fileName, snapshot }) => ({
      fileName,
      title: snapshot.review.title,
      reviewId: snapshot.review.id,
      package: snapshot.package
        ? {
            exportedAt: snapshot.package.exportedAt,
            exportedBy: snapshot.package.exportedBy,
            systems: snapshot.package.systemIds.length,
          }
        : null,
      systems: snapshot.systems.length,
    }));
  }

  previewMerge(resolutions: MergeResolution[], asNewRound: boolean): MergeReport {
    return this.engine().previewMerge(this.sources, { resolutions, asNewRound });
  }

  mergeCommand(resolutions: MergeResolution[], asNewRound: boolean): Command {
    return { type: 'mergeReturnedFiles', sources: this.sources, resolutions, asNewRound };
  }

  clear(): void {
    this.sources = [];
  }

  /** The chosen file is the earlier round, the open review the later one. */
  async compareWith(file: PickedFile): Promise<RoundComparison> {
    const { engine: older } = ReviewEngine.open(await this.sql(), file.bytes);
    try {
      return compareRounds(roundOf(older), roundOf(this.engine()));
    } finally {
      older.close();
    }
  }
}
