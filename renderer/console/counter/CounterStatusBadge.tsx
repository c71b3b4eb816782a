// The counter's state beside its name: open, paused or closed, in words and a calm colour.
import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../shared/host-api/queue-views.ts';
import './counter-status-badge.css';

export function CounterStatusBadge({ status }: { status: CounterView['status'] }) {
  const { t } = useTranslation();
  return <span className={`counter-status-badge counter-status-badge--${status}`}>{t(`console.status.${status}`)}</span>;
}
