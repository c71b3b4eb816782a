// One line under the alerts while a self-check of the kiosk still fails: which ones, as of the last
// run. It stays after the alert was acknowledged and goes by itself once the checks pass again.
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { useClockTime } from '../use-store-text.ts';
import { failingChecks } from './alert-text.ts';
import './health-line.css';

export function HealthLine() {
  const { t } = useTranslation();
  const clock = useClockTime();
  const health = useConsoleSlice('alerts', (state) => state.health);
  const failing = failingChecks(health);
  if (!health || failing.length === 0) return null;
  return (
    <p className="health-line" role="status">
      <span>{t('console.alerts.healthFailing', { time: clock(health.checkedAt) })}</span>
      {failing.map((check) => (
        <strong key={check}>{t(`console.alerts.health.${check}`)}</strong>
      ))}
    </p>
  );
}
