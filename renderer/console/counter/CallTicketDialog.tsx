// Calls a given ticket out of turn, by the number the customer shows (A012).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { useDesk } from './desk-context.ts';
import { ticketReference } from './ticket-reference.ts';
import { useDialogAction } from './use-dialog-action.ts';
import '../../kit/frame/console-dialog.css';
import '../../kit/frame/console-field.css';

export function CallTicketDialog() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { busy, problem, close, submit } = useDialogAction('callTicket');
  const [number, setNumber] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <FormDialog
      id="call-ticket"
      title={t('console.callTicket.title')}
      submitLabel={t('console.callTicket.call')}
      busy={busy}
      problem={empty ? t('console.callTicket.needNumber') : problem}
      onCancel={close}
      onSubmit={() => {
        const reference = ticketReference(number);
        setEmpty(reference === '');
        if (reference !== '') void submit(() => desk.callTicket(reference));
      }}
    >
      <div className="console-field">
        <label htmlFor="call-ticket-number">{t('console.callTicket.number')}</label>
        <input
          id="call-ticket-number"
          className="console-input"
          data-autofocus
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          aria-describedby="call-ticket-hint"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
        />
        <span id="call-ticket-hint" className="console-dialog__hint">
          {t('console.callTicket.hint')}
        </span>
      </div>
    </FormDialog>
  );
}
