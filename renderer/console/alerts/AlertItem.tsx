// One alert: what happened, where, when, what to do about a kiosk fault, and the button that
// takes it down for every console. The oldest one shows the A key, which acknowledges it.
import { useTranslation } from 'react-i18next';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import { useConsole, useConsoleSlice } from '../console-context.ts';
import { shortcuts } from '../counter/shortcuts.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useClockTime } from '../use-store-text.ts';
import { acknowledgeAlert } from './alert-actions.ts';
import { alertAdvice, alertPlace, alertTitle } from './alert-text.ts';
import './alert-item.css';

export function AlertItem({ alert, oldest }: { alert: StaffAlert; oldest: boolean }) {
  const { t } = useTranslation();
  const staffConsole = useConsole();
  const clock = useClockTime();
  const busy = useConsoleSlice('alerts', (state) => state.acknowledging.includes(alert.id));
  const problem = useConsoleSlice('alerts', (state) => (state.problem?.alert === alert.id ? state.problem.error : null));
  const titleId = `alert-${alert.id}`;
  const advice = alertAdvice(t, alert);
  return (
    <li className={alert.kind === 'printer' || alert.kind === 'health' ? 'alert-item alert-item--fault' : 'alert-item'}>
      <div className="alert-item__text">
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
        {advice ? <p className="alert-item__advice">{advice}</p> : null}
        {problem ? <p className="alert-item__problem">{t(`errors.${problem.code}`, problem.params)}</p> : null}
      </div>
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
