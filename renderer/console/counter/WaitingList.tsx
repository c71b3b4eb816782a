// Who waits for this counter, in the order it would call them: number, service and marks, how long
// they have waited (ticking every 15 seconds) and how long they may still wait. Any of them can be
// called out of turn from here.
import { useTranslation } from 'react-i18next';
import { waitText } from '../../kit/i18n/wait-text.ts';
import { useConsoleSlice } from '../console-context.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { useNow } from '../../kit/use-now.ts';
import { useStoreText } from '../use-store-text.ts';
import { useDesk } from './desk-context.ts';
import { TicketMarks } from './TicketMarks.tsx';
import { useAvailability } from './use-availability.ts';
import { waitedSince, waitedText } from './waited.ts';
import '../frame/console-panel.css';
import './waiting-list.css';

export function WaitingList() {
  const { t } = useTranslation();
  const desk = useDesk();
  const text = useStoreText();
  const now = useNow(15_000);
  const available = useAvailability();
  const waiting = useConsoleSlice('queue', (queue) => queue.view?.waiting ?? null);
  const services = useConsoleSlice('queue', (queue) => queue.board?.board.services);
  const serviceName = (id: string) => {
    const service = services?.find((known) => known.id === id);
    return service ? text(service.name) : id;
  };

  return (
    <div className="console-panel waiting-list">
      <h2 id="waiting-title" className="console-panel__title">
        {t('console.waiting.title')} {waiting ? <span className="waiting-list__count">{waiting.length}</span> : null}
      </h2>
      {!waiting ? null : waiting.length === 0 ? (
        <p className="console-panel__note">{t('console.waiting.none')}</p>
      ) : (
        <div className="waiting-list__scroll" role="region" aria-labelledby="waiting-title" tabIndex={0}>
          <table className="waiting-list__table">
            <thead>
              <tr>
                <th scope="col">{t('console.waiting.ticket')}</th>
                <th scope="col">{t('console.waiting.service')}</th>
                <th scope="col">{t('console.waiting.waited')}</th>
                <th scope="col">{t('console.waiting.estimate')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('console.waiting.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((ticket) => (
                <tr key={ticket.id}>
                  <th scope="row" className="waiting-list__number" dir="ltr">
                    {ticket.number}
                  </th>
                  <td>
                    <span className="waiting-list__service">{serviceName(ticket.service)}</span> <TicketMarks ticket={ticket} />
                  </td>
                  <td className="waiting-list__time waiting-list__waited">{waitedText(t, waitedSince(ticket.issuedAt, now))}</td>
                  <td className="waiting-list__time">{ticket.estimate ? waitText(t, ticket.estimate) : '—'}</td>
                  <td className="waiting-list__action">
                    <ConsoleButton
                      disabled={!available.callTicket}
                      aria-label={t('console.waiting.callNumber', { number: ticket.number })}
                      onClick={() => void desk.callTicket(ticket.number)}
                    >
                      {t('console.waiting.call')}
                    </ConsoleButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
