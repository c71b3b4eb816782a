// How many wait for each service of the store, this counter's services first and marked: where the
// line is long, staff see it before anyone asks.
import { useTranslation } from 'react-i18next';
import { useConsoleSlice } from '../console-context.ts';
import { useStoreText } from '../use-store-text.ts';
import '../frame/console-panel.css';
import './service-counts.css';

export function ServiceCounts() {
  const { t } = useTranslation();
  const text = useStoreText();
  const counts = useConsoleSlice('queue', (queue) => queue.view?.counts ?? null);
  const ours = useConsoleSlice('queue', (queue) => queue.view?.counter.services ?? null);
  const services = useConsoleSlice('queue', (queue) => queue.board?.board.services);
  if (!counts || !ours) return null;
  const sorted = [...counts].sort((a, b) => Number(ours.includes(b.service)) - Number(ours.includes(a.service)));
  return (
    <section className="console-panel" aria-labelledby="counts-title">
      <h2 id="counts-title" className="console-panel__title">
        {t('console.counts.title')}
      </h2>
      <ul className="service-counts">
        {sorted.map(({ service, waiting }) => {
          const known = services?.find((candidate) => candidate.id === service);
          return (
            <li key={service} className={ours.includes(service) ? 'service-counts__item service-counts__item--ours' : 'service-counts__item'}>
              <span className="service-counts__name">
                {known ? text(known.name) : service}
                {ours.includes(service) ? <span className="service-counts__ours"> · {t('console.counts.ours')}</span> : null}
              </span>
              <span className="service-counts__number">{waiting}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
