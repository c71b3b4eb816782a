// The alerts across the top of every signed-in screen, newest first, each until someone
// acknowledges it (here or at another console), then the kiosk's self-checks that still fail. The
// region is always there, so each new alert is announced as it appears.
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { AlertItem } from './AlertItem.tsx';
import { HealthLine } from './HealthLine.tsx';
import './alert-banner.css';

export function AlertBanner() {
  const { t } = useTranslation();
  const alerts = useConsoleSlice('alerts', (state) => state.alerts);
  return (
    <section className="alert-banner" aria-label={t('console.alerts.title')}>
      <div role="alert">
        {alerts.length > 0 ? (
          <ul className="alert-banner__list">
            {alerts.map((alert, index) => (
              <AlertItem key={alert.id} alert={alert} oldest={index === alerts.length - 1} />
            ))}
          </ul>
        ) : null}
      </div>
      <HealthLine />
    </section>
  );
}
