// What Help → About says: the version, the runtime underneath, and the licences of the bundled components, read
// from the notice the build writes beside main.cjs (scripts/licenses.mjs), so it is all there offline.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { fill, fillCount, mainText, type MainLanguage } from './i18n/mainText';

/** Written by the build into dist/electron/. */
export const LICENCE_NOTICE_FILE = 'licenses.json';
/** Written by the build into dist/renderer/, so the Licences window is served by app:// like the app itself. */
export const LICENCE_PAGE_FILE = 'licenses.html';

const noticeSchema = z.object({
  app: z.object({ name: z.string(), version: z.string(), license: z.string() }),
  components: z.array(
    z.object({ name: z.string(), version: z.string(), license: z.string(), usedBy: z.array(z.string()) }),
  ),
});
export type LicenceNotice = z.infer<typeof noticeSchema>;

/** The notice, or null when this build has none (a development build made with build:node alone). */
export function readLicenceNotice(filePath: string): LicenceNotice | null {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface AboutFacts {
  appName: string;
  version: string;
  /** process.versions. */
  runtime: { electron?: string; chrome?: string; node?: string };
  notice: LicenceNotice | null;
}

export function aboutMessage(facts: AboutFacts, language: MainLanguage): { message: string; detail: string } {
  const text = mainText(language).about;
  const runtime = [
    facts.runtime.electron && `Electron ${facts.runtime.electron}`,
    facts.runtime.chrome && `Chromium ${facts.runtime.chrome}`,
    facts.runtime.node && `Node.js ${facts.runtime.node}`,
  ].filter(Boolean);
  const lines = [fill(text.version, { version: facts.version }), runtime.join(' · '), ''];
  const { notice } = facts;
  if (notice === null) {
    lines.push(text.noNotice);
  } else {
    lines.push(
      fill(text.freeSoftware, { appName: facts.appName, licence: notice.app.license }),
      fillCount(language, text.bundles, notice.components.length, { summary: licenceSummary(notice) }),
      text.whereListed,
    );
  }
  lines.push('', text.runtimeLicences);
  return { message: `${facts.appName}`, detail: lines.join('\n') };
}

/** "MIT (31), Apache-2.0 (4), ISC (2)": most used first. */
export function licenceSummary(notice: LicenceNotice): string {
  const counts = new Map<string, number>();
  for (const component of notice.components) counts.set(component.license, (counts.get(component.license) ?? 0) + 1);
  return [...counts]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([licence, count]) => `${licence} (${count})`)
    .join(', ');
}
