// Asks why systems belong in an Appendix II group before the group is set by hand: the Charter's
// reasoning must be on record for every classification, whether one system or a selection.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { USE_CATEGORIES } from '../../../shared/model/system';
import { categoryTitle } from './inventoryColumns';

export function CategoryReasonDialog({
  category,
  systemsLabel,
  onConfirm,
  onCancel,
}: {
  category: (typeof USE_CATEGORIES)[number];
  /** "Hearing transcription", or "3 systems". */
  systemsLabel: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['inventory', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() !== '') onConfirm(reason.trim());
  }

  return (
    <dialog
      ref={dialog}
      className="modal modal-small"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} className="modal-body">
        <h2 id={`${id}-title`}>{t('categoryDialog.title')}</h2>
        <p>
          <Trans
            t={t}
            i18nKey="categoryDialog.place"
            values={{ systems: systemsLabel, category: categoryTitle(category) }}
            components={{ strong: <strong /> }}
          />
        </p>
        <label className="field">
          {t('categoryDialog.reason')}
          <textarea
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            maxLength={5000}
            required
          />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={reason.trim() === ''}>
            {t('categoryDialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
