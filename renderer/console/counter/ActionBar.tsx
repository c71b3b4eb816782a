// The counter's actions, each one touch or one key (shown on its button). The one that usually
// comes next stands out: call the next ticket when free, "done" while serving.
import { useTranslation } from 'react-i18next';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { runCommand } from './desk-commands.ts';
import { useDesk } from './desk-context.ts';
import { shortcuts } from './shortcuts.ts';
import { useAvailability } from './use-availability.ts';
import './action-bar.css';

const bar = ['callNext', 'recall', 'startServing', 'served', 'noShow', 'callTicket', 'transfer'] as const;

export function ActionBar() {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const desk = useDesk();
  const available = useAvailability();
  const serving = useConsoleSlice('queue', (queue) => queue.view?.serving ?? null);
  const busy = useConsoleSlice('desk', (state) => state.busy);
  const leading = serving ? 'served' : 'callNext';
  return (
    <div className="action-bar" role="group" aria-label={t('console.actions.label')} aria-busy={busy !== null}>
      {bar.map((action) => (
        <ConsoleButton
          key={action}
          look={action === leading ? 'strong' : 'quiet'}
          shortcut={shortcuts[action]}
          disabled={!available[action]}
          onClick={() => runCommand(staffConsole, desk, action)}
        >
          {t(`console.actions.${action}`)}
        </ConsoleButton>
      ))}
    </div>
  );
}
