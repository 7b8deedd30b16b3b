// A dismissable message for errors and news, read out by screen readers.
import { useTranslation } from 'react-i18next';
import type { Notice } from '../app/session';

export function NoticeBanner({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation('app');
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <div>
        <strong>{notice.title}</strong>
        <p>{notice.message}</p>
      </div>
      <button type="button" className="button-quiet" onClick={onDismiss} aria-label={t('notice.dismiss')}>
        ✕
      </button>
    </div>
  );
}
