// After a ticket: the number, where the customer stands and for how long, live; any delay staff
// posted; the order of service; what the service will give them and what to have ready; and
// what else the kiosk can do meanwhile. The printer's trouble never costs them their number.
import { useTranslation } from 'react-i18next';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { TicketQr } from './TicketQr.tsx';
import { useTicketStatus } from './use-ticket-status.ts';
import { orderRuleText, spokenNumber, waitText } from '../../kit/i18n/wait-text.ts';
import './waiting.css';

export function WaitingPanel({ ticket, flowId }: { ticket: IssuedTicketView; flowId: string }) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const { status, board } = useTicketStatus(kiosk.host, ticket.id);
  const otherFlows = useKioskSlice('status', (status) => profileOf(status)?.flows ?? []).filter(
    (flow) => flow.id !== flowId && !flow.pilot && !flow.assistedOnly,
  );
  const estimate = status?.estimate ?? ticket.estimate;
  const position = status?.position ?? ticket.position;
  // Staff may transfer the ticket to another service: the live status names the one it waits for now.
  const queueService = status?.queueService ?? ticket.queueService;
  const printFailed = ticket.print?.status === 'failed';

  return (
    <div className="waiting">
      <div className="waiting__ticket" data-state={status?.state ?? 'waiting'}>
        <p className="waiting__label">{t('waiting.yourNumber', { service: text(queueService) })}</p>
        {/* Speech says the number as the board calls it: "B 1", not "B zero zero one". */}
        <p className="waiting__number" dir="ltr" data-speech-text={spokenNumber(ticket.number)}>
          {ticket.number}
        </p>
        <div className="waiting__status" role="status" aria-live="polite">
          {status?.state === 'called' ? (
            <p className="waiting__called">{t('waiting.called', { counter: status.counterLabel ?? '' })}</p>
          ) : status?.state === 'served' || status?.state === 'noShow' || status?.state === 'cancelled' ? (
            <p>{t(`waiting.${status.state}`)}</p>
          ) : (
            <>
              <p>{t('waiting.position', { count: position })}</p>
              <p>
                {t('waiting.estimate')} <strong>{waitText(t, estimate)}</strong>
              </p>
            </>
          )}
        </div>
        {printFailed ? (
          <p className="waiting__print-failed" role="alert">
            {t('waiting.printFailed')}
          </p>
        ) : ticket.print?.status === 'printed' ? (
          <p className="waiting__printed">{t('waiting.printed')}</p>
        ) : null}
        {ticket.followUrl && ticket.print?.status !== 'printed' ? (
          <figure className="waiting__qr">
            <TicketQr url={ticket.followUrl} label={t('waiting.follow', { number: ticket.number })} />
            <figcaption>{t('waiting.follow', { number: ticket.number })}</figcaption>
          </figure>
        ) : null}
      </div>
      {status && status.delays.length > 0 ? (
        <ul className="waiting__delays" aria-label={t('waiting.delays')}>
          {status.delays.map((delay) => (
            <li key={delay.id}>{text(delay.reason)}</li>
          ))}
        </ul>
      ) : null}
      <dl className="waiting__facts">
        {status ? (
          <>
            <dt>{t('waiting.gives')}</dt>
            <dd>{text(status.gives)}</dd>
          </>
        ) : null}
        {status?.prepare ? (
          <>
            <dt>{t('waiting.prepare')}</dt>
            <dd>{text(status.prepare)}</dd>
          </>
        ) : null}
        {board ? (
          <>
            <dt>{t('waiting.order')}</dt>
            <dd>{orderRuleText(t, text, board)}</dd>
          </>
        ) : null}
      </dl>
      {otherFlows.length > 0 ? (
        <p className="waiting__meanwhile">
          {t('waiting.meanwhile')} {otherFlows.map((flow) => text(flow.title)).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
