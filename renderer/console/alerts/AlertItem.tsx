// One alert: what happened, where, when, and the button that takes it down for every console.
// The oldest one shows the A key, which acknowledges it.
import { useTranslation } from 'react-i18next';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { shortcuts } from '../counter/shortcuts.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useClockTime } from '../use-store-text.ts';
import { acknowledgeAlert } from './alert-actions.ts';
import { alertPlace, alertTitle } from './alert-text.ts';
import './alert-item.css';

export function AlertItem({ alert, oldest }: { alert: StaffAlert; oldest: boolean }) {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const clock = useClockTime();
  const busy = useConsoleSlice('alerts', (state) => state.acknowledging.includes(alert.id));
  const problem = useConsoleSlice('alerts', (state) => (state.problem?.alert === alert.id ? state.problem.error : null));
  const titleId = `alert-${alert.id}`;
  return (
    <li className={alert.kind === 'printer' ? 'alert-item alert-item--printer' : 'alert-item'}>
      <p className="alert-item__what">
        <strong id={titleId}>{alertTitle(t, alert)}</strong>
        {alertPlace(t, alert).map((part) => (
          <span key={part} className="alert-item__where">
            {part}
          </span>
        ))}
        <time className="alert-item__time" dateTime={alert.at}>
          {clock(alert.at)}
        </time>
      </p>
      {problem ? <p className="alert-item__problem">{t(`errors.${problem.code}`, problem.params)}</p> : null}
      <ConsoleButton
        look="strong"
        shortcut={oldest ? shortcuts.acknowledge : undefined}
        disabled={busy}
        aria-describedby={titleId}
        onClick={() => void acknowledgeAlert(staffConsole, alert.id)}
      >
        {busy ? t('console.alerts.acknowledging') : t('console.alerts.acknowledge')}
      </ConsoleButton>
    </li>
  );
}
