// Confirms that a person is coming, only when a staff console heard the call; otherwise (or if the
// call failed) where to find one, with the customer's number.
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../kit/frame/ModalDialog.tsx';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { closeHelp } from './help-actions.ts';
import { helpMessage } from './help-text.ts';
import { PersonIcon } from './PersonIcon.tsx';
import { TicketQr } from '../queue/TicketQr.tsx';
import { waitText } from '../../kit/i18n/wait-text.ts';
import '../../kit/frame/dialog.css';
import '../queue/waiting.css';
import './help-ticket.css';

export function HelpDialog() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const text = useText();
  const message = useKioskSlice('help', helpMessage);
  const ticket = useKioskSlice('help', (help) => help.ticket);
  if (message === null) return null;

  return (
    <ModalDialog role="dialog" labelledBy="help-title" describedBy="help-text" onDismiss={() => closeHelp(kiosk)}>
      <div className="dialog__icon">
        <PersonIcon />
      </div>
      <h2 id="help-title" className="dialog__title">
        {t(`help.${message}.title`)}
      </h2>
      <p id="help-text" className="dialog__text" aria-live="polite">
        {t(`help.${message}.text`, { number: ticket?.number ?? '' })}
      </p>
      {ticket ? (
        <p className="help-ticket">
          <span className="help-ticket__label">{t('help.ticket', { service: text(ticket.queueService) })}</span>
          <span className="help-ticket__number" dir="ltr">
            {ticket.number}
          </span>
          {ticket.estimate ? (
            <span>
              {t('waiting.estimate')} <strong>{waitText(t, ticket.estimate)}</strong>
            </span>
          ) : null}
        </p>
      ) : null}
      {ticket?.print?.status === 'failed' ? (
        <p className="waiting__print-failed" role="alert">
          {t('waiting.printFailed')}
        </p>
      ) : null}
      {ticket?.followUrl && ticket.print?.status !== 'printed' ? (
        <figure className="waiting__qr">
          <TicketQr url={ticket.followUrl} label={t('waiting.follow', { number: ticket.number })} />
          <figcaption>{t('waiting.follow', { number: ticket.number })}</figcaption>
        </figure>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-autofocus data-keypad-back onClick={() => closeHelp(kiosk)}>
          {t('help.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
