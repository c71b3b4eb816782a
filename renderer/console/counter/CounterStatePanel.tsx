// The counter's own state and the three switches: open, pause (with a reason reports count),
// close. Pausing or closing waits until nobody is at the counter. (Its services are marked "here"
// in the counts per service.)
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { runCommand } from './desk-commands.ts';
import { useDesk } from './desk-context.ts';
import { shortcuts } from './shortcuts.ts';
import { useAvailability } from './use-availability.ts';
import '../frame/console-panel.css';
import './counter-state-panel.css';

const switches = ['open', 'pause', 'close'] as const;

export function CounterStatePanel() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const desk = useDesk();
  const available = useAvailability();
  const counter = useConsoleSlice('queue', (queue) => queue.view?.counter ?? null);
  if (!counter) return null;
  const state =
    counter.status === 'paused' && counter.pauseReason
      ? t('console.counter.pausedFor', { reason: t(`console.pauseReasons.${counter.pauseReason}`) })
      : t(`console.status.${counter.status}`);
  return (
    <section className="console-panel" aria-labelledby="counter-state-title">
      <h2 id="counter-state-title" className="console-panel__title">
        {t('console.counter.title')}
      </h2>
      <div className="counter-state-panel__row">
        <p className={`counter-state-panel__state counter-state-panel__state--${counter.status}`}>{state}</p>
        <div className="counter-state-panel__switches">
          {switches.map((action) => (
            <ConsoleButton key={action} shortcut={shortcuts[action]} disabled={!available[action]} onClick={() => runCommand(staffConsole, desk, action)}>
              {t(`console.actions.${action}`)}
            </ConsoleButton>
          ))}
        </div>
      </div>
    </section>
  );
}
