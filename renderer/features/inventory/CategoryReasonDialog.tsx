// Asks why systems belong in an Appendix II group before the group is set by hand: the Charter's
// reasoning must be on record for every classification, whether one system or a selection.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { USE_CATEGORIES } from '../../../shared/model/system';
import { useCategoryTitle } from './inventoryColumns';

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
        <h2 id={`${id}-title`}>Appendix II use category</h2>
        <p>
          Place <strong>{systemsLabel}</strong> in “{useCategoryTitle(category)}”.
        </p>
        <label className="field">
          Why this category (required)
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
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={reason.trim() === ''}>
            Save category
          </button>
        </div>
      </form>
    </dialog>
  );
}
