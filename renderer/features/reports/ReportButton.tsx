// The title bar's way into reports: a button, and the desktop menu's File → Export Report (which sends
// OPEN_REPORT_EVENT), both opening the report dialog. From the checklist screen it starts on that system.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { OPEN_REPORT_EVENT } from '../../app/useMenuCommands';
import { ReportDialog } from './ReportDialog';

export function ReportButton() {
  const { t } = useTranslation('reports');
  const [open, setOpen] = useState(false);
  const systemId = useSession((s) => (s.view === 'checklists' ? s.selectedSystemId : null));

  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(OPEN_REPORT_EVENT, show);
    return () => window.removeEventListener(OPEN_REPORT_EVENT, show);
  }, []);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('button')}
      </button>
      {open && <ReportDialog systemId={systemId} onClose={() => setOpen(false)} />}
    </>
  );
}
