// The board's two halves: "now serving" at each open counter, and per service the next numbers
// in calling order and the wait for a ticket taken now; delays and the order of service beneath.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../shared/config/localized-text.ts';
import type { BoardView } from '../../shared/host-api/queue-views.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { pickText } from '../kit/i18n/localized-text.ts';
import { orderRuleText, waitText } from '../kit/i18n/wait-text.ts';
import './board.css';

interface BoardQueuesProps {
  board: BoardView;
  calledNumber: string | null;
  /** The store's default language, for a text missing in the one shown. */
  fallback: Language;
}

export function BoardQueues({ board, calledNumber, fallback }: BoardQueuesProps) {
  const { t, i18n } = useTranslation();
  const text = (value: LocalizedText) => pickText(value, i18n.language as Language, fallback);
  const counters = board.counters.filter((counter) => counter.status !== 'closed');
  return (
    <div className="board__columns">
      <section className="board__panel" aria-labelledby="board-serving">
        <h2 id="board-serving" className="board__panel-title">
          {t('board.nowServing')}
        </h2>
        <ul className="board__counters">
          {counters.map((counter) => (
            <li
              key={counter.id}
              className={counter.serving?.number === calledNumber ? 'board__counter board__counter--called' : 'board__counter'}
            >
              <span>{t('board.counter', { label: counter.label })}</span>
              <span className="board__counter-number">
                {counter.status === 'paused' ? t('board.paused') : (counter.serving?.number ?? '—')}
              </span>
            </li>
          ))}
        </ul>
        {board.delays.length > 0 ? (
          <ul className="board__delays" aria-label={t('board.delays')}>
            {board.delays.map((delay) => (
              <li key={delay.id}>{text(delay.reason)}</li>
            ))}
          </ul>
        ) : null}
        <p className="board__rule">
          {orderRuleText(t, text, board)}
        </p>
      </section>
      <section className="board__panel" aria-labelledby="board-next">
        <h2 id="board-next" className="board__panel-title">
          {t('board.next')}
        </h2>
        <ul className="board__services">
          {board.services.map((service) => (
            <li key={service.id} className="board__service">
              <span className="board__service-name">{text(service.name)}</span>
              <span className="board__service-wait">
                {t('board.wait')}: <strong>{waitText(t, service.estimate)}</strong>
              </span>
              {service.next.length > 0 ? (
                <span className="board__service-next">{service.next.join('  ')}</span>
              ) : (
                <span className="board__service-next board__service-next--none">{t('board.nobodyWaiting')}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
