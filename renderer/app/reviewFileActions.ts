// What the person can do when the review file needs a decision: continue in a copy, take over an abandoned lock,
// keep their version or take the one on disk after an outside change, and open a backup as a new copy.
import { reviewFileName } from '../../shared/host';
import { currentActor } from '../features/settings/settingsStore';
import { appHost, engineClient, hasUnsavedChanges, saveReviewNow, useSession, type Notice } from './session';
import { keepOwnVersion, readableTime, useFileSafety } from './reviewFileSafety';
import { errorText as describe } from '../i18n/errorText';
import { t } from '../i18n/i18n';

function show(notice: Notice): void {
  useSession.setState({ notice });
}

/** "Supreme Court 2026 (my changes).charter" */
function copyName(title: string, label: string): string {
  return reviewFileName(`${title} (${label})`);
}

/** Writes the review as it is in the app to a new file the person chooses, and carries on there. */
export async function continueInCopy(): Promise<void> {
  const { info } = useSession.getState();
  if (info === null) return;
  try {
    const { bytes } = await engineClient().snapshot();
    const saved = await appHost().saveReviewFileAs(copyName(info.title, t('app:file.copySuffix')), bytes);
    if (saved === null) return;
    await useSession.getState().openRecent(saved.key);
  } catch (error) {
    show({ tone: 'error', title: t('app:file.copyFailed'), message: describe(error) });
  }
}

/** Replaces an abandoned lock (the person confirmed) and reads the file again, as its last holder left it. */
export async function takeOverLock(): Promise<void> {
  const { file } = useSession.getState();
  if (file === null) return;
  try {
    const lock = await appHost().lockReviewFile(file, { owner: currentActor(), takeOver: true });
    if (lock.mode === 'read-only') {
      useFileSafety.setState({ readOnly: { kind: 'locked', holder: lock.holder, stale: lock.stale } });
      show({
        tone: 'error',
        title: t('app:file.takeOverFailed'),
        message: t('app:file.takeOverLost'),
      });
      return;
    }
    await useSession.getState().openRecent(file.key);
  } catch (error) {
    show({ tone: 'error', title: t('app:file.takeOverFailed'), message: describe(error) });
  }
}

/** After an outside change: write the version open here over the one on disk. */
export async function keepMine(): Promise<void> {
  const { file } = useSession.getState();
  if (file === null) return;
  try {
    await keepOwnVersion(appHost(), file);
    await saveReviewNow();
    show({
      tone: 'info',
      title: t('app:file.keptMine'),
      message: t('app:file.keptMineMessage', { file: file.name }),
    });
  } catch (error) {
    show({ tone: 'error', title: t('app:file.keepMineFailed'), message: describe(error) });
  }
}

/**
 * After an outside change: open the version on disk. Changes not yet saved here are first written to a copy the
 * person chooses; if they cancel that, nothing happens.
 */
export async function takeTheirs(): Promise<void> {
  const { file, info } = useSession.getState();
  if (file === null || info === null) return;
  let keptIn: string | null = null;
  try {
    if (hasUnsavedChanges()) {
      const { bytes } = await engineClient().snapshot();
      const copy = await appHost().saveReviewFileAs(copyName(info.title, t('app:file.myChangesSuffix')), bytes);
      if (copy === null) return;
      keptIn = copy.name;
    }
  } catch (error) {
    show({ tone: 'error', title: t('app:file.keepChangesFailed'), message: describe(error) });
    return;
  }
  await useSession.getState().openRecent(file.key);
  if (keptIn !== null && useSession.getState().notice === null) {
    show({
      tone: 'info',
      title: t('app:file.theirs'),
      message: t('app:file.theirsMessage', { file: keptIn }),
    });
  }
}

/** Writes a backup to a new file the person chooses and opens it; the review open now is closed first. */
export async function openBackupAsCopy(backupId: string, takenAt: string): Promise<void> {
  const session = useSession.getState();
  if (session.screen === 'review') {
    await session.closeReview();
    // Still open: its last changes could not be saved, and the banner says why.
    if (useSession.getState().screen === 'review') return;
  }
  useSession.setState({ busy: t('app:busy.restoringBackup'), notice: null });
  let key: string;
  try {
    const restored = await appHost().restoreBackupAsCopy(backupId);
    if (restored === null) return;
    key = restored.ref.key;
  } catch (error) {
    show({ tone: 'error', title: t('app:file.restoreFailed'), message: describe(error) });
    return;
  } finally {
    useSession.setState({ busy: null });
  }
  useFileSafety.setState({ damaged: null, backupsOpen: false });
  // The copy opens on its checklists, not on the list of backups it came from.
  useSession.getState().setView('checklists');
  await useSession.getState().openRecent(key);
  if (useSession.getState().notice === null && useSession.getState().screen === 'review') {
    show({
      tone: 'info',
      title: t('app:file.restored'),
      message: t('app:file.restoredMessage', { time: readableTime(takenAt) }),
    });
  }
}
