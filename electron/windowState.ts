// Remembers the window's size and place between sessions, so the app opens where the person left it — but never
// off-screen, as happens after a second monitor or a docking station is unplugged.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { replaceSmallFileSync } from './files/replaceSmallFileSync';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
/** How much of the title bar must lie on a screen for the person to be able to grab it and move the window. */
const GRABBABLE_TITLE_BAR = { width: 120, height: 32 } as const;
/** Moves and resizes come in bursts; the file is written once the window has been still this long. */
const SAVE_DELAY_MS = 500;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** What BrowserWindow is created with: a position only when it is known to be visible, else the OS centres it. */
export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const pixels = z.number().int().min(-100_000).max(100_000);
const savedStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) }),
  maximized: z.boolean(),
});

/** The saved state, or null when there is none or it cannot be used (it is only a convenience). */
export function loadWindowState(folder: string): SavedWindowState | null {
  try {
    const parsed = savedStateSchema.safeParse(
      JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE_NAME), 'utf8')),
    );
    return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
  } catch {
    return null;
  }
}

/** Written synchronously and whole (see replaceSmallFileSync): the last save happens while the window closes. */
export function saveWindowState(folder: string, state: SavedWindowState): void {
  replaceSmallFileSync(path.join(folder, WINDOW_STATE_FILE_NAME), JSON.stringify({ version: 1, ...state }));
}

/** Where to open the window, given the saved state and the work areas of the screens attached now. */
export function placeWindow(saved: SavedWindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const maximized = saved?.maximized ?? false;
  if (saved === null) return { ...DEFAULT_WINDOW_SIZE, maximized };
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRABBABLE_TITLE_BAR.height };
  const screen = workAreas.find((area) => {
    const visible = intersection(titleBar, area);
    return visible !== null && visible.width >= Math.min(GRABBABLE_TITLE_BAR.width, bounds.width);
  });
  if (screen === undefined) {
    // The screen it was on is gone: keep the size if it fits the main screen, and let the OS centre it.
    const main = workAreas[0];
    return {
      width: fitWithin(bounds.width, MIN_WINDOW_SIZE.width, main?.width),
      height: fitWithin(bounds.height, MIN_WINDOW_SIZE.height, main?.height),
      maximized,
    };
  }
  const width = fitWithin(bounds.width, MIN_WINDOW_SIZE.width, screen.width);
  const height = fitWithin(bounds.height, MIN_WINDOW_SIZE.height, screen.height);
  // Pulled fully inside that screen, so no edge (and no resize handle) is out of reach.
  return {
    width,
    height,
    x: clamp(bounds.x, screen.x, screen.x + screen.width - width),
    y: clamp(bounds.y, screen.y, screen.y + screen.height - height),
    maximized,
  };
}

/** The parts of BrowserWindow that tracking needs. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}

export interface TrackingOptions {
  save: (state: SavedWindowState) => void;
  /** Where a failed write is reported; the window works on regardless. */
  onError?: (error: unknown) => void;
  delayMs?: number;
}

/** Saves the window's state after it has been moved or resized, and once more as it closes. */
export function trackWindowState(window: TrackedWindow, options: TrackingOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // Full screen is a mode, not a size: the next start uses the size from before it.
    if (window.isFullScreen()) return;
    try {
      // Normal bounds are the restored size even while maximized or minimized.
      options.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      options.onError?.(error);
    }
  };
  const saveSoon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(saveNow, options.delayMs ?? SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', saveNow);
}

function intersection(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function fitWithin(size: number, minimum: number, maximum: number | undefined): number {
  const atLeast = Math.max(size, minimum);
  return maximum === undefined ? atLeast : Math.min(atLeast, Math.max(maximum, 1));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}
