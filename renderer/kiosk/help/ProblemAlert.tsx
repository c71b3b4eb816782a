// A translated problem with a way forward: try again, or ask a person; start over when the
// session itself is gone; only a person when trying again would get the same answer.
import { useTranslation } from 'react-i18next';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { useKiosk } from '../kiosk-context.ts';
import { currentScreen } from '../kiosk-selectors.ts';
import { endSession } from '../session/session-actions.ts';
import { requestHelp } from './help-actions.ts';

interface ProblemAlertProps {
  problem: HostErrorPayload;
  onTryAgain: () => void;
}

export function ProblemAlert({ problem, onTryAgain }: ProblemAlertProps) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const sessionLost = problem.code === 'session.unknown';
  // This customer's tickets are used up for the visit: another try is refused the same way.
  const onlyAPerson = problem.code === 'queue.ticketLimitReached';

  return (
    <div className="problem">
      <p className="problem__message" role="alert">
        {t(`errors.${problem.code}`, problem.params)}
      </p>
      <div className="problem__actions">
        {sessionLost ? (
          <button type="button" className="button button--primary" onClick={() => endSession(kiosk, 'cancelled')}>
            {t('session.startOver')}
          </button>
        ) : onlyAPerson ? null : (
          <button type="button" className="button button--primary" onClick={onTryAgain}>
            {t('problem.tryAgain')}
          </button>
        )}
        <button
          type="button"
          className={`button ${onlyAPerson ? 'button--primary' : 'button--secondary'}`}
          onClick={() => void requestHelp(kiosk, currentScreen(kiosk), 'needHelp')}
        >
          {t('problem.askPerson')}
        </button>
      </div>
    </div>
  );
}
