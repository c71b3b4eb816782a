// A staff page's dialog (the console's, the back office's) that asks for something before an
// action (a number, a reason, an outcome): its fields, the host's answer if it refused, and Cancel
// beside the action. Escape cancels; focus starts in the field marked data-autofocus and goes back
// where it was.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { ConsoleButton } from './ConsoleButton.tsx';
import './dialog.css';
import './console-dialog.css';

interface FormDialogProps {
  id: string;
  title: string;
  lead?: string;
  submitLabel: string;
  busy: boolean;
  /** What the host or the form itself says is wrong. */
  problem: HostErrorPayload | string | null;
  wide?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormDialog({ id, title, lead, submitLabel, busy, problem, wide = false, onSubmit, onCancel, children }: FormDialogProps) {
  const { t } = useTranslation();
  const problemText = problem === null ? '' : typeof problem === 'string' ? problem : t(`errors.${problem.code}`, problem.params);
  return (
    <ModalDialog
      role="dialog"
      labelledBy={`${id}-title`}
      describedBy={lead ? `${id}-lead` : undefined}
      onDismiss={onCancel}
      className={wide ? 'console-dialog console-dialog--wide' : 'console-dialog'}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {title}
      </h2>
      {lead ? (
        <p id={`${id}-lead`} className="dialog__text">
          {lead}
        </p>
      ) : null}
      <form
        className="console-dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit();
        }}
      >
        {children}
        <p className="console-dialog__problem" role="status">
          {problemText}
        </p>
        <div className="console-dialog__actions">
          <ConsoleButton onClick={onCancel}>{t('console.dialogs.cancel')}</ConsoleButton>
          <ConsoleButton type="submit" look="strong" disabled={busy}>
            {submitLabel}
          </ConsoleButton>
        </div>
      </form>
    </ModalDialog>
  );
}
