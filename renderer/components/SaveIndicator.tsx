// Tells the user whether their work is on disk. "Saved" appears only after the host confirmed the write.
import type { SaveState } from '../../shared/saving/SaveScheduler';
import { useFileSafety } from '../app/reviewFileSafety';

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function SaveIndicator({ state }: { state: SaveState | null }) {
  const readOnly = useFileSafety((s) => s.readOnly !== null);
  const changedOnDisk = useFileSafety((s) => s.changedOnDisk);
  if (!state) return null;
  const text = readOnly
    ? 'Read-only'
    : state.kind === 'failed' && changedOnDisk
      ? 'Not saved — the file changed on disk'
      : state.kind === 'saved'
        ? `Saved ${time(state.savedAt)}`
        : state.kind === 'failed'
          ? `Not saved — retrying in ${Math.round(state.retryInMs / 1000)} s`
          : 'Saving…';
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
