// The follow-up's longer choice: the services the customer actually received (when more or other
// than the ticket's), and how it ended, for the reports. Cancel goes back to the follow-up.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { useStoreText } from '../use-store-text.ts';
import { useDesk } from './desk-context.ts';
import { useDialogAction } from './use-dialog-action.ts';
import '../../kit/frame/console-dialog.css';

type Outcome = 'resolved' | 'pending' | 'unsaid';

export function ServicesGivenDialog() {
  const { t } = useTranslation();
  const desk = useDesk();
  const text = useStoreText();
  const staffConsole = useConsole();
  const { busy, problem, close, submit } = useDialogAction('recordOutcome');
  // Kept from the opening: the answer, once recorded, ends the follow-up just before this dialog closes.
  const [followUp] = useState(() => staffConsole.desk.getState().followUp);
  const services = useConsoleSlice('queue', (queue) => queue.board?.board.services ?? []);
  const [given, setGiven] = useState<string[]>(followUp ? [followUp.service] : []);
  const [outcome, setOutcome] = useState<Outcome>('unsaid');
  const [missing, setMissing] = useState(false);

  return (
    <FormDialog
      id="services-given"
      title={t('console.servicesGiven.title', { number: followUp?.number ?? '' })}
      lead={t('console.servicesGiven.lead')}
      submitLabel={t('console.servicesGiven.save')}
      busy={busy}
      problem={missing ? t('console.servicesGiven.needService') : problem}
      onCancel={close}
      onSubmit={() => {
        setMissing(given.length === 0);
        if (given.length > 0) void submit(() => desk.recordOutcome({ servicesGiven: given, ...(outcome === 'unsaid' ? {} : { outcome }) }));
      }}
    >
      <fieldset className="console-dialog__choices">
        <legend>{t('console.servicesGiven.services')}</legend>
        {services.map((service, index) => (
          <label key={service.id} className="console-dialog__choice">
            <input
              type="checkbox"
              checked={given.includes(service.id)}
              data-autofocus={index === 0 ? true : undefined}
              onChange={(event) => setGiven(event.target.checked ? [...given, service.id] : given.filter((id) => id !== service.id))}
            />
            {text(service.name)}
          </label>
        ))}
      </fieldset>
      <fieldset className="console-dialog__choices">
        <legend>{t('console.servicesGiven.outcome')}</legend>
        {(['unsaid', 'resolved', 'pending'] as const).map((choice) => (
          <label key={choice} className="console-dialog__choice">
            <input type="radio" name="served-outcome" checked={outcome === choice} onChange={() => setOutcome(choice)} />
            {t(`console.servicesGiven.outcomes.${choice}`)}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
