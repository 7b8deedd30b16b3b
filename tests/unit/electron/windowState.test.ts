import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  WINDOW_STATE_FILE_NAME,
  loadWindowState,
  placeWindow,
  saveWindowState,
  trackWindowState,
  type Rectangle,
  type SavedWindowState,
} from '../../../electron/windowState';
import { useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();
const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheLeft: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 };
const saved = (bounds: Rectangle, maximized = false): SavedWindowState => ({ bounds, maximized });

describe('where the window opens', () => {
  it('uses the default size, centred by the OS, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('comes back exactly where it was when that place is on a screen', () => {
    const bounds = { x: -1500, y: 80, width: 1200, height: 800 };
    expect(placeWindow(saved(bounds), [laptop, monitorOnTheLeft])).toEqual({ ...bounds, maximized: false });
  });

  it('is not placed off-screen after the monitor it was on was unplugged', () => {
    const placement = placeWindow(saved({ x: -1500, y: 80, width: 1200, height: 800 }, true), [laptop]);
    expect(placement).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('is pulled back fully onto the screen when only part of it was showing, and shrunk to fit', () => {
    const placement = placeWindow(saved({ x: 1300, y: -20, width: 1600, height: 1000 }), [laptop]);
    expect(placement).toEqual({ x: 0, y: 0, width: 1440, height: 860, maximized: false });
  });

  it('does not count a title bar hidden above the screen as reachable', () => {
    const placement = placeWindow(saved({ x: 100, y: -700, width: 1000, height: 720 }), [laptop]);
    expect(placement.x).toBeUndefined();
  });
});

describe('the saved state', () => {
  afterEach(() => vi.useRealTimers());

  it('survives a restart', async () => {
    const folder = await tempFolder();
    saveWindowState(folder, saved({ x: 10, y: 20, width: 1000, height: 700 }, true));
    expect(loadWindowState(folder)).toEqual(saved({ x: 10, y: 20, width: 1000, height: 700 }, true));
  });

  it('is ignored when missing or damaged', async () => {
    const folder = await tempFolder();
    expect(loadWindowState(folder)).toBeNull();
    writeFileSync(path.join(folder, WINDOW_STATE_FILE_NAME), '{"version":1,"bounds":{"x":"left"}');
    expect(loadWindowState(folder)).toBeNull();
    writeFileSync(
      path.join(folder, WINDOW_STATE_FILE_NAME),
      JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: 1e12, height: 10 }, maximized: false }),
    );
    expect(loadWindowState(folder)).toBeNull();
  });

  it('is written once moving stops and again as the window closes, with the restored size when maximized', async () => {
    vi.useFakeTimers();
    const folder = await tempFolder();
    const listeners = new Map<string, () => void>();
    let bounds = { x: 50, y: 60, width: 1000, height: 700 };
    let maximized = false;
    const window = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      isFullScreen: () => false,
    };
    const save = vi.fn((state: SavedWindowState) => saveWindowState(folder, state));
    trackWindowState(window, { save, delayMs: 500 });

    for (const x of [60, 70, 80]) {
      bounds = { ...bounds, x };
      listeners.get('move')?.();
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);

    maximized = true;
    listeners.get('resize')?.();
    listeners.get('close')?.();
    vi.advanceTimersByTime(1_000);

    expect(save).toHaveBeenCalledTimes(2);
    expect(JSON.parse(readFileSync(path.join(folder, WINDOW_STATE_FILE_NAME), 'utf8'))).toMatchObject({
      bounds: { x: 80, y: 60, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('keeps the size from before full screen', () => {
    const listeners = new Map<string, () => void>();
    const save = vi.fn();
    trackWindowState(
      {
        on: (event: string, listener: () => void) => listeners.set(event, listener),
        getNormalBounds: () => ({ x: 0, y: 0, width: 3840, height: 2160 }),
        isMaximized: () => false,
        isFullScreen: () => true,
      },
      { save },
    );
    listeners.get('close')?.();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed write and carries on', () => {
    const listeners = new Map<string, () => void>();
    const onError = vi.fn();
    trackWindowState(
      {
        on: (event: string, listener: () => void) => listeners.set(event, listener),
        getNormalBounds: () => ({ x: 0, y: 0, width: 1000, height: 700 }),
        isMaximized: () => false,
        isFullScreen: () => false,
      },
      {
        save: () => {
          throw new Error('EACCES');
        },
        onError,
      },
    );
    expect(() => listeners.get('close')?.()).not.toThrow();
    expect(onError).toHaveBeenCalled();
  });
});
