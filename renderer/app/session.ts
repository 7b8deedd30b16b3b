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
import { type EngineClient, startEngine } from '../engine-client';
import { currentActor } from '../features/settings/settingsStore';
import { createHost } from '../host';

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
  addableFrameworks: { id: string; version: string; title: string }[];
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
  openReview(): Promise<void>;
  openRecent(key: string): Promise<void>;
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useSession = create<SessionState & SessionActions>()((set, get) => {
  function startSaving(file: ReviewFileRef, savedAt: string): void {
    scheduler?.dispose();
    scheduler = new SaveScheduler({
      snapshot: () => getEngine().snapshot(),
      write: (bytes) => host.saveReviewFile(file, bytes),
      onState: (saveState) => set({ saveState }),
    });
    scheduler.reset(0, savedAt);
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
    const checklist = selected ? await e.checklist(selected, 'en') : null;
    set({ info, systems, selectedSystemId: selected, checklist, upgrades, addableFrameworks, undoState });
  }

  async function apply(command: Command): Promise<boolean> {
    let applied = false;
    try {
      const { revision } = await getEngine().dispatch(command, currentActor());
      applied = true;
      scheduler?.changed(revision);
      await refresh();
    } catch (error) {
      set({
        notice: applied
          ? {
              tone: 'error',
              title: 'The change was made, but the screen could not be updated',
              message: describe(error),
            }
          : { tone: 'error', title: 'That change was not made', message: describe(error) },
      });
    }
    return applied;
  }

  async function replay(kind: 'undo' | 'redo'): Promise<void> {
    const state = get().undoState[kind];
    if (!state) return;
    try {
      const { revision } = await getEngine()[kind](currentActor());
      scheduler?.changed(revision);
      await refresh();
    } catch (error) {
      set({ notice: { tone: 'error', title: `Could not ${kind}`, message: describe(error) } });
      await refresh();
    }
  }

  async function enterReview(file: ReviewFileRef, bytes: Uint8Array): Promise<void> {
    const opened = await getEngine().open(bytes);
    startSaving(file, new Date().toISOString());
    set({ screen: 'review', file, selectedSystemId: null, notice: null });
    if (opened.migratedFrom !== null) {
      set({
        notice: {
          tone: 'info',
          title: 'This review was updated to the current file format',
          message: `It was written with schema ${opened.migratedFrom}. Your changes are saved in the new format.`,
        },
      });
    }
    await refresh();
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
        set({ notice: { tone: 'error', title: 'Recent reviews could not be listed', message: describe(error) } });
      }
    },

    createReview: (input) =>
      busyWhile(
        'Creating the review…',
        async () => {
          await getEngine().create({ ...input, createdBy: currentActor() });
          const { bytes } = await getEngine().snapshot();
          const file = await host.createReviewFile(reviewFileName(input.title), bytes);
          if (!file) return;
          startSaving(file, new Date().toISOString());
          set({ screen: 'review', file, selectedSystemId: null });
          await refresh();
        },
        'The review could not be created',
      ),

    openReview: () =>
      busyWhile(
        'Opening…',
        async () => {
          const opened = await host.openReviewFile();
          if (opened) await enterReview(opened.ref, opened.bytes);
        },
        'The review could not be opened',
      ),

    openRecent: (key) =>
      busyWhile(
        'Opening…',
        async () => {
          const opened = await host.openRecentFile(key);
          await enterReview(opened.ref, opened.bytes);
        },
        'The review could not be opened',
      ),

    async closeReview() {
      try {
        await scheduler?.flush();
      } catch (error) {
        set({
          notice: {
            tone: 'error',
            title: 'The review is still open because its last changes are not saved',
            message: describe(error),
          },
        });
        return;
      }
      scheduler?.dispose();
      scheduler = undefined;
      await getEngine().close();
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
      set({ checklist: await getEngine().checklist(systemId, 'en') });
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
    loadRetiredAnswers: () => getEngine().retiredAnswers('en'),
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    setView: (view) => set({ view }),
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

/** Saves pending changes before the page goes away, where the platform lets us wait. */
export function hasUnsavedChanges(): boolean {
  return scheduler?.hasUnsavedChanges ?? false;
}
