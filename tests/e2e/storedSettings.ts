// The settings a test starts with, as the app keeps them in the browser: someone who has given their name, seen the
// first-run tour and chosen a language. Used as Playwright's storageState.
export function storedSettings(
  port: number,
  settings: { userName: string; language: 'en' | 'fr' | 'az' },
): { cookies: []; origins: { origin: string; localStorage: { name: string; value: string }[] }[] } {
  const state = { ...settings, textSize: 'normal', tourSeen: true };
  return {
    cookies: [],
    origins: [
      {
        origin: `http://127.0.0.1:${port}`,
        localStorage: [{ name: 'charter-review.settings', value: JSON.stringify({ state, version: 2 }) }],
      },
    ],
  };
}
