// Tells the user whether their work is on disk. "Saved" appears only after the host confirmed the write.
import type { SaveState } from '../../shared/saving/SaveScheduler';
import { useTranslation } from 'react-i18next';
import { useFileSafety } from '../app/reviewFileSafety';
import { useFormat } from '../i18n/format';

export function SaveIndicator({ state }: { state: SaveState | null }) {
  const readOnly = useFileSafety((s) => s.readOnly !== null);
  const changedOnDisk = useFileSafety((s) => s.changedOnDisk);
  const { t } = useTranslation('app');
  const format = useFormat();
  if (!state) return null;
  const text = readOnly
    ? t('save.readOnly')
    : state.kind === 'failed' && changedOnDisk
      ? t('save.changedOnDisk')
      : state.kind === 'saved'
        ? t('save.saved', { time: format.time(state.savedAt) })
        : state.kind === 'failed'
          ? t('save.retrying', { seconds: Math.round(state.retryInMs / 1000) })
          : t('save.saving');
  return (
    <div
      className={`save-indicator save-${state.kind}`}
      role="status"
      aria-live="polite"
      title={state.kind === 'failed' ? state.message : undefined}
      data-testid="save-indicator"
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </div>
  );
}
