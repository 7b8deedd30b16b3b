// The UI side of the benchmark, in Chromium on the web build: how long a key press takes to show the next item
// while answering with the keyboard, and how smoothly the inventory table of 5,000 systems scrolls. The review
// files come from the generate step and are put in the browser's own storage (OPFS), where the web build's
// BrowserHost keeps its reviews, then opened from the welcome screen as a person would.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Page, expect, test } from '@playwright/test';
import { summarise } from './measure';
import { type BenchPart, type Figure, below, timingFigure } from './results';

const DATA_DIR = process.env.BENCH_DATA_DIR ?? '';
const OUT = process.env.BENCH_UI_OUT ?? '';
const KEY_PRESSES = Number(process.env.BENCH_KEY_PRESSES ?? 100);
const SCROLL_FRAMES = Number(process.env.BENCH_SCROLL_FRAMES ?? 300);

const figures: Figure[] = [];
const missing: BenchPart['missing'] = [];

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ browser }) => {
  if (!OUT) return;
  const part: BenchPart = { figures, missing, chromium: `Chromium ${browser.version()}` };
  writeFileSync(OUT, JSON.stringify(part, null, 2));
});

/** Writes a review file into the web build's library in OPFS and opens it from the recent list. */
async function openGeneratedReview(page: Page, fileName: string, libraryName: string): Promise<void> {
  const base64 = readFileSync(path.join(DATA_DIR, fileName)).toString('base64');
  await page.goto('/');
  await page.evaluate(
    async ({ name, data }) => {
      const binary = atob(data);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      const root = await navigator.storage.getDirectory();
      const library = await root.getDirectoryHandle('reviews', { create: true });
      const handle = await library.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(bytes);
      await writable.close();
    },
    { name: libraryName, data: base64 },
  );
  await page.reload();
  await page.getByRole('button', { name: new RegExp(libraryName.replace(/[.]/g, '\\.')) }).click();
}

test('key press to the next item shown while answering with the keyboard', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGeneratedReview(page, 'keyboard.charter', 'Keyboard bench.charter');
  const systems = page.locator('nav.system-list button.system-item');
  await expect(systems.first()).toBeVisible({ timeout: 60_000 });

  // The probe: a status key pressed on a card starts the clock (the event's own time stamp), and the frame after
  // the focus lands on another card stops it.
  await page.evaluate(() => {
    const probe = { start: -1, from: null as Element | null, samples: [] as number[] };
    (window as unknown as { keyProbe: typeof probe }).keyProbe = probe;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '1') return;
        probe.start = event.timeStamp;
        probe.from = document.activeElement;
      },
      true,
    );
    document.addEventListener(
      'focusin',
      (event) => {
        const target = event.target;
        if (probe.start < 0 || !(target instanceof HTMLElement) || !target.matches('article.item-card')) return;
        if (target === probe.from) return;
        const start = probe.start;
        probe.start = -1;
        requestAnimationFrame(() => probe.samples.push(performance.now() - start));
      },
      true,
    );
  });
  const sampleCount = () =>
    page.evaluate(() => (window as unknown as { keyProbe: { samples: number[] } }).keyProbe.samples.length);

  const systemCount = await systems.count();
  let pressed = 0;
  for (let index = 0; index < systemCount && pressed < KEY_PRESSES; index += 1) {
    await systems.nth(index).click();
    const cards = page.locator('article.item-card[data-applicable="true"]');
    await expect(cards.first()).toBeVisible();
    const count = await cards.count();
    await cards.first().focus();
    // The last card has no unanswered item after it; the focus stays, so it is not a sample.
    for (let card = 0; card < count - 1 && pressed < KEY_PRESSES; card += 1) {
      const before = await sampleCount();
      await page.keyboard.press('1');
      await expect.poll(sampleCount, { timeout: 10_000 }).toBeGreaterThan(before);
      pressed += 1;
    }
  }
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Saved/, { timeout: 30_000 });
  const samples = await page.evaluate(
    () => (window as unknown as { keyProbe: { samples: number[] } }).keyProbe.samples,
  );
  figures.push(
    timingFigure(
      'ui-key-next-item',
      `Key press to next item shown (${systemCount} systems)`,
      summarise(samples),
      below(50, 'p95'),
    ),
  );
});

test('scrolling the inventory table of 5,000 systems', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openGeneratedReview(page, 'inventory-5000.charter', 'Inventory bench.charter');
  await page.getByRole('navigation', { name: 'Review screens' }).getByRole('button', { name: 'Inventory' }).click();
  await expect(page.getByTestId('inventory-count')).toHaveText(/5,?000 of 5,?000 systems/, { timeout: 120_000 });
  const grid = page.getByRole('grid', { name: 'AI systems' });
  await expect(grid).toBeVisible();

  // The display's frame period, from animation frames while nothing happens.
  const idle = await page.evaluate(async () => {
    const times: number[] = [];
    await new Promise<void>((resolve) => {
      const step = (time: number) => {
        times.push(time);
        if (times.length > 60) resolve();
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    return times.slice(1).map((time, index) => time - (times[index] ?? time));
  });
  const period = summarise(idle).medianMs;

  // A scripted scroll: a steady 45 px per frame (about 2,700 px/s at 60 Hz, a quick scroll through the list),
  // one step in each animation frame, with the time of every frame kept.
  const frames = await page.evaluate(async (count) => {
    const scroller = document.querySelector<HTMLElement>('.grid-scroller');
    if (!scroller) throw new Error('No scrolling box around the inventory grid.');
    const times: number[] = [];
    await new Promise<void>((resolve) => {
      const step = (time: number) => {
        times.push(time);
        if (times.length > count) return resolve();
        scroller.scrollTop += 45;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
    return { times, scrolledTo: scroller.scrollTop };
  }, SCROLL_FRAMES);
  expect(frames.scrolledTo, 'the table scrolled').toBeGreaterThan(1000);

  const intervals = frames.times.slice(1).map((time, index) => time - (frames.times[index] ?? time));
  const timing = summarise(intervals);
  // A frame that took more than one and a half periods missed at least one refresh of the display.
  const slots = (interval: number) => Math.max(1, Math.round(interval / period));
  const dropped = intervals.reduce((sum, interval) => sum + slots(interval) - 1, 0);
  const expected = intervals.reduce((sum, interval) => sum + slots(interval), 0);
  figures.push(timingFigure('ui-scroll-frame', 'Inventory scroll, 5,000 systems: frame time', timing), {
    id: 'ui-scroll-dropped',
    label: 'Inventory scroll, 5,000 systems: dropped frames',
    unit: '%',
    runs: intervals.length,
    value: Math.round((1000 * dropped) / Math.max(1, expected)) / 10,
    note: `Display frame period measured idle: ${period.toFixed(1)} ms; a frame lasting 1.5 periods or more dropped one.`,
  });
});
