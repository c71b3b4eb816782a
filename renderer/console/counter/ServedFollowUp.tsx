// After "done" (already sent): a short, skippable follow-up for the reports (resolved, still
// pending, services actually given), in the actions' place. Skipping it, or calling the next
// ticket, simply puts it away.
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { runCommand } from './desk-commands.ts';
import { useDesk } from './desk-context.ts';
import { followUpShortcuts, shortcuts } from './shortcuts.ts';
import { useAvailability } from './use-availability.ts';
import './served-follow-up.css';

const choices = ['servedResolved', 'servedPending', 'servicesGiven', 'skipFollowUp'] as const;

export function ServedFollowUp() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const desk = useDesk();
  const followUp = useConsoleSlice('desk', (state) => state.followUp);
  const available = useAvailability();
  if (!followUp) return null;
  return (
    <section className="served-follow-up" aria-labelledby="follow-up-title" aria-describedby="follow-up-text">
      <h2 id="follow-up-title" className="served-follow-up__title">
        {t('console.followUp.title', { number: followUp.number })}
      </h2>
      <p id="follow-up-text" className="served-follow-up__text">
        {t('console.followUp.text')}
      </p>
      <div className="served-follow-up__choices">
        {choices.map((choice) => (
          <ConsoleButton key={choice} shortcut={followUpShortcuts[choice]} onClick={() => runCommand(staffConsole, desk, choice)}>
            {t(`console.followUp.${choice}`)}
          </ConsoleButton>
        ))}
        <ConsoleButton look="strong" shortcut={shortcuts.callNext} disabled={!available.callNext} onClick={() => runCommand(staffConsole, desk, 'callNext')}>
          {t('console.actions.callNext')}
        </ConsoleButton>
      </div>
    </section>
  );
}
