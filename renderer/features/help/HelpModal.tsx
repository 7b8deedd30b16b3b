// A modal <dialog> shown while it is mounted: the browser keeps the rest of the page inert and the focus inside, Esc
// asks to close it, and the owner decides (so the app's state and the dialog never disagree).
import { type ReactNode, useLayoutEffect, useRef } from 'react';

interface HelpModalProps {
  /** The id of the element naming the dialog (its heading). */
  labelledBy: string;
  className: string;
  onClose(): void;
  children: ReactNode;
}

export function HelpModal({ labelledBy, className, onClose, children }: HelpModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`dialog help-modal ${className}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // The browser may close a dialog on its own (a second Esc without a click in between is not cancellable):
      // the owner is told, so the dialog does not stay mounted while closed.
      onClose={(event) => {
        if (!event.currentTarget.open) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
