// A complaint's contact details, shown only when a manager asks: each reading is a staff action the
// host writes to the audit, and the page says so under what it shows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { useBackOffice } from '../back-office-context.ts';
import './contact-details.css';

type Reading = { phase: 'hidden' } | { phase: 'reading' } | { phase: 'shown'; contact: string | null } | { phase: 'failed'; problem: HostErrorPayload };

export function ContactDetails({ complaint, keptUntil }: { complaint: ComplaintView; keptUntil: string }) {
  const { t } = useTranslation();
  const { host } = useBackOffice();
  const [reading, setReading] = useState<Reading>({ phase: 'hidden' });

  if (!complaint.hasContact) return <span className="contact-details__none">{t('backoffice.complaints.noContact')}</span>;

  async function reveal(): Promise<void> {
    setReading({ phase: 'reading' });
    try {
      const { contact } = await host.call('complaints.revealContact', { reference: complaint.reference });
      setReading({ phase: 'shown', contact });
    } catch (error) {
      setReading({ phase: 'failed', problem: toProblem(error) });
    }
  }

  return (
    <div className="contact-details">
      {reading.phase === 'shown' ? (
        <>
          <span className="contact-details__contact">{reading.contact ?? t('backoffice.complaints.contactGone')}</span>
          <span className="contact-details__recorded">{t('backoffice.complaints.contactRecorded')}</span>
        </>
      ) : (
        <ConsoleButton
          disabled={reading.phase === 'reading'}
          aria-label={t('backoffice.complaints.showContactFor', { reference: complaint.reference })}
          onClick={() => void reveal()}
        >
          {t('backoffice.complaints.showContact')}
        </ConsoleButton>
      )}
      {reading.phase === 'failed' ? (
        <span className="contact-details__problem" role="status">
          {t(`errors.${reading.problem.code}`, reading.problem.params)}
        </span>
      ) : null}
      {keptUntil ? <span className="contact-details__kept">{t('backoffice.complaints.keptUntil', { date: keptUntil })}</span> : null}
    </div>
  );
}
