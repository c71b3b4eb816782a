// The ticket at the counter, big and clear: its number, service and marks, and where it stands:
// called and walking up (since when), or being served (since when).
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { useNow } from '../../kit/use-now.ts';
import { useClockTime, useStoreText } from '../use-store-text.ts';
import { shortcuts } from './shortcuts.ts';
import { TicketMarks } from './TicketMarks.tsx';
import { waitedSince, waitedText } from './waited.ts';
import '../frame/console-panel.css';
import './serving-panel.css';

export function ServingPanel() {
  const { t } = useTranslation();
  const text = useStoreText();
  const clock = useClockTime();
  const now = useNow(15_000);
  const serving = useConsoleSlice('queue', (queue) => queue.view?.serving ?? null);
  const loaded = useConsoleSlice('queue', (queue) => queue.view !== null);
  const serviceName = useConsoleSlice('queue', (queue) => {
    const service = queue.board?.board.services.find((known) => known.id === serving?.service);
    return service?.name ?? null;
  });

  return (
    <section className="console-panel" aria-labelledby="serving-title">
      <h2 id="serving-title" className="console-panel__title">
        {t('console.serving.title')}
      </h2>
      {serving ? (
        <div className="serving-panel__ticket">
          <p className="serving-panel__number" dir="ltr">
            {serving.number}
          </p>
          <div className="serving-panel__about">
            <p className="serving-panel__service">{serviceName ? text(serviceName) : serving.service}</p>
            <TicketMarks ticket={serving} />
            <p className={serving.startedAt ? 'serving-panel__state' : 'serving-panel__state serving-panel__state--walking'}>
              {serving.startedAt
                ? t('console.serving.since', { time: clock(serving.startedAt), waited: waitedText(t, waitedSince(serving.startedAt, now)) })
                : t('console.serving.walking', { time: clock(serving.calledAt), waited: waitedText(t, waitedSince(serving.calledAt, now)) })}
            </p>
          </div>
        </div>
      ) : (
        <p className="serving-panel__none">
          {loaded ? t('console.serving.none', { key: shortcuts.callNext }) : t('console.starting')}
        </p>
      )}
    </section>
  );
}
