// Which backups are kept: the newest ten of each review, and always the copy taken before an upgrade.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_ID_PATTERN,
  backupFolderName,
  backupReasonLabel,
  backupStamp,
  backupsToDelete,
  repeatsNewestBackup,
  restoredCopyName,
  type BackupReason,
} from '../../../../shared/saving/reviewBackups';

function backups(reasons: BackupReason[]) {
  // One per hour from 01:00, oldest first.
  return reasons.map((reason, index) => ({
    id: `b${index + 1}`,
    reason,
    takenAt: new Date(Date.UTC(2026, 4, 14, index + 1)).toISOString(),
    sha256: String(index).padStart(64, '0'),
  }));
}

describe('backup rotation', () => {
  it('keeps the newest ten and deletes the older ones', () => {
    const twelve = backups(Array<BackupReason>(12).fill('hourly'));
    expect(backupsToDelete(twelve).map((entry) => entry.id)).toEqual(['b2', 'b1']);
    expect(backupsToDelete(twelve.slice(0, 10))).toEqual([]);
  });

  it('never deletes the newest copy taken before an upgrade, however many backups follow', () => {
    const entries = backups(['opened', 'before-upgrade', ...Array<BackupReason>(15).fill('hourly')]);
    const deleted = backupsToDelete(entries).map((entry) => entry.id);
    expect(deleted).not.toContain('b2');
    expect(deleted).toEqual(['b7', 'b6', 'b5', 'b4', 'b3', 'b1']);
  });

  it('an older pre-upgrade copy may go once a newer one exists', () => {
    const entries = backups(['before-upgrade', 'before-upgrade', ...Array<BackupReason>(12).fill('opened')]);
    const deleted = backupsToDelete(entries).map((entry) => entry.id);
    expect(deleted).toContain('b1');
    expect(deleted).not.toContain('b2');
  });

  it('a backup of bytes identical to the newest one is not taken again, except to keep a pre-upgrade promise', () => {
    const entries = backups(['opened', 'hourly']);
    const newestSha = entries[1]?.sha256 ?? '';
    expect(repeatsNewestBackup(entries, newestSha, 'hourly')).toBe(true);
    expect(repeatsNewestBackup(entries, 'f'.repeat(64), 'hourly')).toBe(false);
    expect(repeatsNewestBackup(entries, newestSha, 'before-upgrade')).toBe(false);
    expect(repeatsNewestBackup(backups(['before-upgrade']), '0'.repeat(64), 'before-upgrade')).toBe(true);
  });
});

describe('backup names', () => {
  it('a backup id is a folder and a stamp that sorts by time and says why', () => {
    const stamp = backupStamp(new Date('2026-05-14T09:12:33.123Z'), 'before-upgrade', '1a2b3c4d');
    expect(stamp).toBe('20260514T091233123Z-before-upgrade-1a2b3c4d');
    expect(BACKUP_ID_PATTERN.test(`3f1c2d4e-aaaa-bbbb-cccc-0123456789ab/${stamp}`)).toBe(true);
  });

  it('ids that could lead outside the backups folder do not match', () => {
    for (const id of [
      '../x/20260514T091233123Z-opened-1a2b3c4d',
      'a/../../etc',
      'a\\b/c',
      'a/20260514T091233123Z-opened-1a2b3c4d/x',
    ]) {
      expect(BACKUP_ID_PATTERN.test(id), id).toBe(false);
    }
  });

  it('a review id that is not a plain identifier gets a digest as its folder name', () => {
    expect(backupFolderName('3f1c2d4e-aaaa-bbbb-cccc-0123456789ab', () => 'unused')).toBe(
      '3f1c2d4e-aaaa-bbbb-cccc-0123456789ab',
    );
    expect(backupFolderName('../../evil', () => 'ab'.repeat(32))).toBe(`id-${'ab'.repeat(20)}`);
  });

  it('describes why each backup was taken, and names a restored copy after the original and its time', () => {
    expect(backupReasonLabel({ reason: 'before-upgrade', upgradeTo: 2 })).toBe('Before upgrade to schema 2');
    expect(backupReasonLabel({ reason: 'opened' })).toBe('When the review was opened');
    expect(restoredCopyName('Supreme Court.charter', new Date(2026, 4, 14, 9, 5))).toBe(
      'Supreme Court (backup 2026-05-14 0905).charter',
    );
  });
});
