// Applies the person's preferences to the page, now and whenever they change: the interface language (no restart)
// and the text size.
import { switchLanguage } from '../i18n/i18n';
import { preferredLanguage } from '../i18n/languages';
import { useSettings } from '../features/settings/settingsStore';
import { appHost } from './session';

function apply(): void {
  const { language, textSize } = useSettings.getState();
  const chosen = language ?? preferredLanguage(navigator.languages ?? [navigator.language]);
  void switchLanguage(chosen).then(() => appHost().setLanguage?.(chosen));
  document.documentElement.dataset.textSize = textSize;
}

export function applyPreferences(): void {
  apply();
  useSettings.subscribe((state, previous) => {
    if (state.language !== previous.language || state.textSize !== previous.textSize) apply();
  });
}
