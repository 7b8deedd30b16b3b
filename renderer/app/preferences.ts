// Applies the person's preferences to the page, now and whenever they change: the interface language (no restart)
// and the text size.
import { switchLanguage } from '../i18n/i18n';
import { preferredLanguage } from '../i18n/languages';
import { useSettings } from '../features/settings/settingsStore';
import { appHost, useSession } from './session';

function apply(): void {
  const { language, textSize } = useSettings.getState();
  const chosen = language ?? preferredLanguage(navigator.languages ?? [navigator.language]);
  void switchLanguage(chosen).then(async () => {
    appHost().setLanguage?.(chosen);
    // The open checklist is reloaded in the content language that goes with the new interface language.
    await useSession.getState().refresh();
  });
  document.documentElement.dataset.textSize = textSize;
}

export function applyPreferences(): void {
  apply();
  useSettings.subscribe((state, previous) => {
    if (state.language !== previous.language || state.textSize !== previous.textSize) apply();
  });
}
