// Moves a ticket (the one at the counter, unless staff type another) to another service or to one
// counter; it keeps its place in line there.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { useStoreText } from '../use-store-text.ts';
import { useDesk } from './desk-context.ts';
import { ticketReference } from './ticket-reference.ts';
import { useDialogAction } from './use-dialog-action.ts';
import '../../kit/frame/console-dialog.css';
import '../../kit/frame/console-field.css';

type Destination = 'service' | 'counter';

export function TransferDialog() {
  const { t } = useTranslation();
  const desk = useDesk();
  const text = useStoreText();
  const { busy, problem, close, submit } = useDialogAction('transfer');
  const serving = useConsoleSlice('queue', (queue) => queue.view?.serving ?? null);
  const board = useConsoleSlice('queue', (queue) => queue.board?.board ?? null);
  const services = (board?.services ?? []).filter((service) => service.id !== serving?.service);
  const counters = (board?.counters ?? []).filter((counter) => counter.id !== desk.counter);

  const [ticket, setTicket] = useState(serving?.number ?? '');
  const [destination, setDestination] = useState<Destination>('service');
  const [service, setService] = useState(services[0]?.id ?? '');
  const [counter, setCounter] = useState(counters[0]?.id ?? '');
  const [missing, setMissing] = useState<string | null>(null);

  function send(): void {
    const reference = ticketReference(ticket);
    const target = destination === 'service' ? service : counter;
    const lacking = reference === '' ? t('console.transfer.needTicket') : target === '' ? t('console.transfer.needTarget') : null;
    setMissing(lacking);
    if (lacking) return;
    void submit(() => desk.transfer(reference, destination === 'service' ? { service: target } : { counter: target }));
  }

  return (
    <FormDialog
      id="transfer"
      title={t('console.transfer.title')}
      lead={t('console.transfer.lead')}
      submitLabel={t('console.transfer.transfer')}
      busy={busy}
      problem={missing ?? problem}
      onCancel={close}
      onSubmit={send}
    >
      <div className="console-field">
        <label htmlFor="transfer-ticket">{t('console.transfer.ticket')}</label>
        <input
          id="transfer-ticket"
          className="console-input"
          data-autofocus={serving ? undefined : true}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          value={ticket}
          onChange={(event) => setTicket(event.target.value)}
        />
      </div>
      <fieldset className="console-dialog__choices">
        <legend>{t('console.transfer.to')}</legend>
        {(['service', 'counter'] as const).map((choice) => (
          <label key={choice} className="console-dialog__choice">
            <input
              type="radio"
              name="transfer-destination"
              value={choice}
              checked={destination === choice}
              data-autofocus={serving && choice === 'service' ? true : undefined}
              onChange={() => setDestination(choice)}
            />
            {t(`console.transfer.${choice}`)}
          </label>
        ))}
      </fieldset>
      {destination === 'service' ? (
        <div className="console-field">
          <label htmlFor="transfer-service">{t('console.transfer.chooseService')}</label>
          <select id="transfer-service" className="console-input" value={service} onChange={(event) => setService(event.target.value)}>
            {services.map((option) => (
              <option key={option.id} value={option.id}>
                {text(option.name)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="console-field">
          <label htmlFor="transfer-counter">{t('console.transfer.chooseCounter')}</label>
          <select id="transfer-counter" className="console-input" value={counter} onChange={(event) => setCounter(event.target.value)}>
            {counters.map((option) => (
              <option key={option.id} value={option.id}>
                {t('console.counters.counter', { label: option.label })} · {t(`console.status.${option.status}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormDialog>
  );
}
