// The page's side of the menu: each command does what the matching button on screen does. The session store and
// the page are replaced by recorders, so this runs without a browser or an engine.
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, ReviewFileRef } from '../../../shared/host';

vi.mock('../../../renderer/app/session', () => ({ useSession: {}, appHost: vi.fn(), engineClient: vi.fn() }));
vi.mock('../../../renderer/features/settings/settingsStore', () => ({ currentActor: () => 'Amina' }));

const { runMenuCommand } = await import('../../../renderer/app/useMenuCommands');
type Deps = Parameters<typeof runMenuCommand>[1];

function setUp(
  options: { screen?: 'welcome' | 'review'; editingText?: boolean; userName?: string; closeRefused?: boolean } = {},
) {
  const calls: string[] = [];
  const state = {
    screen: options.screen ?? 'review',
    busy: null as string | null,
    info: { title: 'Supreme Court 2026' } as unknown,
    closeReview: vi.fn(async () => {
      calls.push('closeReview');
      if (!options.closeRefused) state.screen = 'welcome';
    }),
    openReview: vi.fn(async () => void calls.push('openReview')),
    openRecent: vi.fn(async (key: string) => void calls.push(`openRecent ${key}`)),
    continueIn: vi.fn(
      async (file: ReviewFileRef, revision: number) => void calls.push(`continueIn ${file.key} ${revision}`),
    ),
    undo: vi.fn(async () => void calls.push('undo')),
    redo: vi.fn(async () => void calls.push('redo')),
  };
  const saved: ReviewFileRef = { key: 'N'.repeat(24), name: 'Copy.charter', location: '/reviews' };
  const deps = {
    session: () => state,
    whenIdle: vi.fn(async () => void calls.push('whenIdle')),
    showNotice: vi.fn(),
    host: {
      saveReviewFileAs: vi.fn(async (_name: string, _bytes: Uint8Array): Promise<ReviewFileRef | null> => saved),
    },
    snapshot: vi.fn(async () => ({ revision: 7, bytes: new Uint8Array([1, 2, 3]) })),
    userName: () => options.userName ?? 'Amina',
    page: {
      isEditingText: () => options.editingText ?? false,
      editText: vi.fn((kind: string) => void calls.push(`editText ${kind}`)),
      focusSearch: vi.fn(() => true),
      openReportDialog: vi.fn(),
      pressWelcomeButton: vi.fn(async (which: string) => void calls.push(`press ${which}`)),
    },
  };
  const run = (command: MenuCommand) => runMenuCommand(command, deps as unknown as Deps);
  return { run, calls, state, deps, saved };
}

describe('Undo and Redo from the menu', () => {
  it('undo the last change to the review when no text is being edited', async () => {
    const { run, calls } = setUp();
    await run({ type: 'undo' });
    await run({ type: 'redo' });
    expect(calls).toEqual(['undo', 'redo']);
  });

  it('undo typing in the focused field instead, as the keys do there', async () => {
    const { run, calls } = setUp({ editingText: true });
    await run({ type: 'undo' });
    expect(calls).toEqual(['editText undo']);
  });

  it('do nothing on the Welcome screen', async () => {
    const { run, calls } = setUp({ screen: 'welcome' });
    await run({ type: 'undo' });
    expect(calls).toEqual([]);
  });
});

describe('Find and Export report', () => {
  it('Find moves to the search box of the screen', async () => {
    const { run, deps } = setUp();
    await run({ type: 'find' });
    expect(deps.page.focusSearch).toHaveBeenCalled();
  });

  it('Export report asks the report dialog to open, only with a review open', async () => {
    const open = setUp();
    await open.run({ type: 'export-report' });
    expect(open.deps.page.openReportDialog).toHaveBeenCalledOnce();

    const welcome = setUp({ screen: 'welcome' });
    await welcome.run({ type: 'export-report' });
    expect(welcome.deps.page.openReportDialog).not.toHaveBeenCalled();
  });
});

describe('opening reviews from the menu or the OS', () => {
  const file: MenuCommand = {
    type: 'open-file',
    file: { key: 'K'.repeat(24), name: 'Appeal.charter', location: '/r' },
  };

  it('saves and closes the open review, then opens the file the OS handed over', async () => {
    const { run, calls } = setUp();
    await run(file);
    expect(calls).toEqual(['whenIdle', 'closeReview', `openRecent ${'K'.repeat(24)}`]);
  });

  it('keeps the open review when its last changes could not be saved, and opens nothing', async () => {
    const { run, calls } = setUp({ closeRefused: true });
    await run(file);
    expect(calls).toEqual(['whenIdle', 'closeReview']);
  });

  it('Open asks for a file as the Welcome screen does, or lets that screen ask for the name first', async () => {
    const named = setUp({ screen: 'welcome' });
    await named.run({ type: 'open-review' });
    expect(named.calls).toEqual(['whenIdle', 'openReview']);

    const unnamed = setUp({ screen: 'welcome', userName: '' });
    await unnamed.run({ type: 'open-review' });
    expect(unnamed.calls).toEqual(['whenIdle', 'press open-review']);
  });

  it('New closes the open review and starts the Welcome screen’s new-review form', async () => {
    const { run, calls } = setUp();
    await run({ type: 'new-review' });
    expect(calls).toEqual(['whenIdle', 'closeReview', 'press new-review']);
  });
});

describe('Save As', () => {
  it('writes the review under a new name and carries on in the new file', async () => {
    const { run, calls, deps, saved } = setUp();
    await run({ type: 'save-review-as' });
    expect(deps.host.saveReviewFileAs).toHaveBeenCalledWith('Supreme Court 2026.charter', new Uint8Array([1, 2, 3]));
    expect(calls).toEqual(['whenIdle', `continueIn ${saved.key} 7`]);
  });

  it('changes nothing when the person cancels the dialog', async () => {
    const { run, calls, deps } = setUp();
    deps.host.saveReviewFileAs.mockResolvedValueOnce(null);
    await run({ type: 'save-review-as' });
    expect(calls).toEqual(['whenIdle']);
  });

  it('says why when the copy could not be written, and stays in the open file', async () => {
    const { run, calls, deps } = setUp();
    deps.host.saveReviewFileAs.mockRejectedValueOnce(new Error('The disk is full.'));
    await run({ type: 'save-review-as' });
    expect(deps.showNotice).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'error', message: 'The disk is full.' }),
    );
    expect(calls).toEqual(['whenIdle']);
  });

  it('does nothing without an open review', async () => {
    const { run, deps } = setUp({ screen: 'welcome' });
    await run({ type: 'save-review-as' });
    expect(deps.host.saveReviewFileAs).not.toHaveBeenCalled();
  });
});
