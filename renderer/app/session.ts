// The open review as the UI sees it: which file, cached query results and the save state.
// Every change goes to the engine as a command; this store never touches SQL.
import { create } from 'zustand';
import type { Command } from '../../shared/engine/commands';
import type { ChecklistView, RetiredAnswerView, ReviewInfo, SystemSummary } from '../../shared/engine/queries';
import { builtInFrameworks } from '../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../shared/frameworks/schema';
import type { UndoState } from '../../shared/engine/ReviewEngine';
import type { FrameworkDiff } from '../../shared/frameworks/diffFrameworks';
import type { AnswerStatus } from '../../shared/model/status';
import { type Host, type RecentFile, type ReviewFileRef, reviewFileName } from '../../shared/host';
import { SaveScheduler, type SaveState } from '../../shared/saving/SaveScheduler';
import type { JournalFound } from '../../shared/saving/JournalKeeper';
import { type EngineClient, startEngine } from '../engine-client';
import { currentActor } from '../features/settings/settingsStore';
import { createHost } from '../host';
import { currentLanguage, t } from '../i18n/i18n';
import { contentLanguage } from '../i18n/languages';
import { errorText } from '../i18n/errorText';
import {
  noteOpenFailure,
  noteSaveFailure,
  protectCreatedReview,
  protectOpenedReview,
  readOnlyRefusal,
  releaseReview,
  type ProtectionContext,
} from './reviewFileSafety';

export interface Notice {
  tone: 'error' | 'info';
  title: string;
  message: string;
}

interface SessionState {
  screen: 'welcome' | 'review';
  /** Which screen of the open review is shown (an id from REVIEW_VIEWS). */
  view: string;
  file: ReviewFileRef | null;
  info: ReviewInfo | null;
  systems: SystemSummary[];
  selectedSystemId: string | null;
  checklist: ChecklistView | null;
  /** Newer versions of the review's checklists that this app ships. */
  upgrades: FrameworkDiff[];
  addableFrameworks: { id: string; version: string; title: string; titles: { en: string; fr: string } }[];
  undoState: UndoState;
  saveState: SaveState | null;
  recent: RecentFile[];
  busy: string | null;
  notice: Notice | null;
  hostKind: Host['kind'];
}

interface SessionActions {
  loadRecent(): Promise<void>;
  createReview(input: { title: string; organisation: string; frameworkIds: string[] }): Promise<void>;
  /** Creates and opens the sample review: the sample inventory, partly answered, to look around in. */
  openSample(): Promise<void>;
  openReview(): Promise<void>;
  openRecent(key: string): Promise<void>;
  /** After Save As: carries on in the copy, which holds the review at `revision`. */
  continueIn(file: ReviewFileRef, revision: number): Promise<void>;
  closeReview(): Promise<void>;
  addSystem(name: string): Promise<void>;
  selectSystem(systemId: string): Promise<void>;
  setAnswer(systemId: string, itemId: string, status: AnswerStatus, justification?: string): Promise<void>;
  dismissNotice(): void;
  loadRetiredAnswers(): Promise<RetiredAnswerView[]>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Sends any command to the engine; failures become a notice and change nothing. True when it was applied. */
  run(command: Command): Promise<boolean>;
  setView(view: string): void;
  /** Reloads what the open review shows (after the interface language changed, the checklist content follows). */
  refresh(): Promise<void>;
  /** What the checklist library shows: the versions embedded in the open review, else the built-in ones. */
  libraryFrameworks(): Promise<FrameworkContent[]>;
}

const host = createHost();
let engine: EngineClient | undefined;
function getEngine(): EngineClient {
  engine ??= startEngine();
  return engine;
}

let scheduler: SaveScheduler | undefined;

/** What the person is told after the changes of an interrupted session were redone from the journal. */
export function recoveryNotice(recovered: { applied: number; total: number; problem?: string }): Notice {
  if (recovered.problem === undefined) {
    return {
      tone: 'info',
      title: t('app:notice.recovered', { count: recovered.applied }),
      message: t('app:notice.recoveredMessage'),
    };
  }
  return {
    tone: 'error',
    title: t('app:notice.partlyRecovered', { applied: recovered.applied, total: recovered.total }),
    message: t('app:notice.partlyRecoveredMessage', { count: recovered.applied, problem: recovered.problem }),
  };
}

const describe = errorText;

/** The checklist content's language for the interface's language. */
function checklistLanguage(): 'en' | 'fr' {
  return contentLanguage(currentLanguage());
}

export const useSession = create<SessionState & SessionActions>()((set, get) => {
  function startSaving(file: ReviewFileRef, savedAt: string, revision = 0): void {
    scheduler?.dispose();
    scheduler = new SaveScheduler({
      snapshot: () => getEngine().snapshot(),
      write: (bytes, revision) =>
        host.saveReviewFile(file, bytes, revision).catch(async (error: unknown) => {
          // A file changed outside the app, or a lock lost to someone else, becomes a question for the person.
          await noteSaveFailure(host, file, currentActor(), error);
          throw error;
        }),
      appendJournal: (revision, entry) => host.appendJournal(file, revision, entry),
      onState: (saveState) => set({ saveState }),
    });
    scheduler.reset(revision, savedAt);
  }

  async function refresh(): Promise<void> {
    const e = getEngine();
    const [info, systems, upgrades, addableFrameworks, undoState] = await Promise.all([
      e.info(),
      e.systems(),
      e.availableUpgrades(),
      e.addableFrameworks(),
      e.undoState(),
    ]);
    const { selectedSystemId } = get();
    const selected = systems.some((s) => s.id === selectedSystemId) ? selectedSystemId : (systems[0]?.id ?? null);
    const checklist = selected ? await e.checklist(selected, checklistLanguage()) : null;
    set({ info, systems, selectedSystemId: selected, checklist, upgrades, addableFrameworks, undoState });
  }

  async function apply(command: Command): Promise<boolean> {
    const refusal = readOnlyRefusal();
    if (refusal) {
      set({ notice: { tone: 'error', ...refusal } });
      return false;
    }
    let applied = false;
    try {
      const { revision, journal } = await getEngine().dispatch(command, currentActor());
      applied = true;
      scheduler?.changed(revision, journal);
      await refresh();
    } catch (error) {
      set({
        notice: applied
          ? {
              tone: 'error',
              title: t('app:notice.changeNotShown'),
              message: describe(error),
            }
          : { tone: 'error', title: t('app:notice.changeNotMade'), message: describe(error) },
      });
    }
    return applied;
  }

  async function replay(kind: 'undo' | 'redo'): Promise<void> {
    const state = get().undoState[kind];
    if (!state) return;
    const refusal = readOnlyRefusal();
    if (refusal) {
      set({ notice: { tone: 'error', ...refusal } });
      return;
    }
    try {
      const { revision, journal } = await getEngine()[kind](currentActor());
      scheduler?.changed(revision, journal);
      await refresh();
    } catch (error) {
      set({
        notice: {
          tone: 'error',
          title: kind === 'undo' ? t('app:notice.couldNotUndo') : t('app:notice.couldNotRedo'),
          message: describe(error),
        },
      });
      await refresh();
    }
  }

  async function enterReview(file: ReviewFileRef, bytes: Uint8Array, journal?: JournalFound): Promise<void> {
    let opened: Awaited<ReturnType<EngineClient['open']>>;
    try {
      opened = await getEngine().open(bytes, journal);
    } catch (error) {
      // A damaged file is never written; its latest backup, if any, is offered instead.
      await noteOpenFailure(host, file, error);
      throw error;
    }
    const previous = get().file;
    if (previous !== null && previous.key !== file.key) await releaseReview(host, previous);
    // Lock and backup before anything can be saved: the backup must hold the file exactly as it was read.
    const protection = await protectOpenedReview(protectionFor(file), {
      info: opened.info,
      migratedFrom: opened.migratedFrom,
      recovered: opened.recovered !== null,
    });
    startSaving(file, new Date().toISOString());
    set({ screen: 'review', file, selectedSystemId: null, notice: null });
    if (opened.recovered && readOnlyRefusal() === null) {
      // The recovered changes are safe in the journal already; the file is rewritten to hold them.
      scheduler?.changed(opened.recovered.applied, null);
      set({ notice: recoveryNotice(opened.recovered) });
    } else if (protection) {
      set({ notice: protection });
    } else if (opened.migratedFrom !== null) {
      set({
        notice: {
          tone: 'info',
          title: t('app:notice.migrated'),
          message: t('app:notice.migratedMessage', { from: opened.migratedFrom }),
        },
      });
    }
    await refresh();
  }

  function protectionFor(file: ReviewFileRef): ProtectionContext {
    return {
      host,
      file,
      owner: currentActor(),
      info: () => get().info,
      hasUnsavedChanges: () => scheduler?.hasUnsavedChanges ?? false,
    };
  }

  async function busyWhile(label: string, work: () => Promise<void>, failureTitle: string): Promise<void> {
    set({ busy: label, notice: null });
    try {
      await work();
    } catch (error) {
      set({ notice: { tone: 'error', title: failureTitle, message: describe(error) } });
    } finally {
      set({ busy: null });
    }
  }

  return {
    screen: 'welcome',
    view: 'checklists',
    file: null,
    info: null,
    systems: [],
    selectedSystemId: null,
    checklist: null,
    upgrades: [],
    addableFrameworks: [],
    undoState: { undo: null, redo: null },
    saveState: null,
    recent: [],
    busy: null,
    notice: null,
    hostKind: host.kind,

    async loadRecent() {
      try {
        set({ recent: await host.recentFiles() });
      } catch (error) {
        set({ notice: { tone: 'error', title: t('app:notice.recentNotListed'), message: describe(error) } });
      }
    },

    async continueIn(file, revision) {
      // Save As wrote the review at `revision` into `file`: the session goes on there, undo history included.
      const previous = get().file;
      scheduler?.dispose();
      if (previous !== null && previous.key !== file.key) await releaseReview(host, previous);
      await protectCreatedReview(protectionFor(file));
      startSaving(file, new Date().toISOString(), revision);
      set({ file });
      // Changes made while the dialog was open are not in the copy yet.
      const { revision: now } = await getEngine().snapshot();
      if (now > revision) scheduler?.changed(now, null);
      await get().loadRecent();
    },

    openSample: () =>
      busyWhile(
        t('app:busy.preparingSample'),
        async () => {
          await getEngine().createSample(currentActor(), {
            title: t('app:sample.title'),
            organisation: t('app:sample.organisation'),
          });
          const { revision, bytes } = await getEngine().snapshot();
          const file = await host.createReviewFile(t('app:sample.fileName'), bytes);
          if (!file) return;
          await protectCreatedReview(protectionFor(file));
          startSaving(file, new Date().toISOString(), revision);
          set({ screen: 'review', file, selectedSystemId: null, view: 'portfolio' });
          await refresh();
        },
        t('app:failure.sample'),
      ),

    createReview: (input) =>
      busyWhile(
        t('app:busy.creating'),
        async () => {
          await getEngine().create({ ...input, createdBy: currentActor() });
          const { bytes } = await getEngine().snapshot();
          const file = await host.createReviewFile(reviewFileName(input.title), bytes);
          if (!file) return;
          await protectCreatedReview(protectionFor(file));
          startSaving(file, new Date().toISOString());
          set({ screen: 'review', file, selectedSystemId: null });
          await refresh();
        },
        t('app:failure.create'),
      ),

    openReview: () =>
      busyWhile(
        t('app:busy.opening'),
        async () => {
          const opened = await host.openReviewFile();
          if (opened) await enterReview(opened.ref, opened.bytes, opened.journal);
        },
        t('app:failure.open'),
      ),

    openRecent: (key) =>
      busyWhile(
        t('app:busy.opening'),
        async () => {
          const opened = await host.openRecentFile(key);
          await enterReview(opened.ref, opened.bytes, opened.journal);
        },
        t('app:failure.open'),
      ),

    async closeReview() {
      try {
        await scheduler?.flush();
      } catch (error) {
        set({
          notice: {
            tone: 'error',
            title: t('app:notice.stillOpen'),
            message: describe(error),
          },
        });
        return;
      }
      scheduler?.dispose();
      scheduler = undefined;
      await getEngine().close();
      await releaseReview(host, get().file);
      set({
        screen: 'welcome',
        file: null,
        info: null,
        systems: [],
        checklist: null,
        selectedSystemId: null,
        saveState: null,
      });
      await get().loadRecent();
    },

    async addSystem(name) {
      const before = new Set(get().systems.map((s) => s.id));
      await apply({ type: 'addSystem', attributes: { name } });
      const added = get().systems.find((s) => !before.has(s.id));
      if (added) await get().selectSystem(added.id);
    },

    async selectSystem(systemId) {
      set({ selectedSystemId: systemId });
      set({ checklist: await getEngine().checklist(systemId, checklistLanguage()) });
    },

    async setAnswer(systemId, itemId, status, justification) {
      await apply(
        justification === undefined
          ? { type: 'setAnswer', systemId, itemId, status }
          : { type: 'setAnswer', systemId, itemId, status, justification },
      );
    },

    dismissNotice: () => set({ notice: null }),
    run: (command) => apply(command),
    loadRetiredAnswers: () => getEngine().retiredAnswers(checklistLanguage()),
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    setView: (view) => set({ view }),
    refresh: async () => {
      if (get().screen === 'review') await refresh();
    },
    libraryFrameworks: async () => (get().screen === 'review' ? getEngine().frameworks() : builtInFrameworks()),
  };
});

/** The engine worker, for features that load their own data (always the one the session uses). */
export function engineClient(): EngineClient {
  return getEngine();
}

/** The platform host, for features that read or export files. */
export function appHost(): Host {
  return host;
}

/**
 * Writes the open review now, even when nothing changed since the last save: the person chose to keep their version
 * over one changed on disk. Throws when the host refuses.
 */
export async function saveReviewNow(): Promise<void> {
  const { file } = useSession.getState();
  if (file === null) return;
  if (scheduler?.hasUnsavedChanges) {
    await scheduler.flush();
    return;
  }
  const { revision, bytes } = await getEngine().snapshot();
  const { savedAt } = await host.saveReviewFile(file, bytes, revision);
  useSession.setState({ saveState: { kind: 'saved', savedAt } });
}

/** Saves pending changes before the page goes away, where the platform lets us wait. */
export function hasUnsavedChanges(): boolean {
  return scheduler?.hasUnsavedChanges ?? false;
}
