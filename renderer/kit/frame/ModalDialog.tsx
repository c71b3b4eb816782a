// A native modal <dialog>: the browser traps focus inside and makes the screen behind inert;
// focus goes to the element marked data-autofocus and returns where it was when it closes.
import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

interface ModalDialogProps {
  role: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  /** Escape pressed: what dismissing means for this dialog. */
  onDismiss: () => void;
  className?: string;
  children: ReactNode;
}

export function ModalDialog({ role, labelledBy, describedBy, onDismiss, className, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`dialog ${className ?? ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      {children}
    </dialog>
  );
}
