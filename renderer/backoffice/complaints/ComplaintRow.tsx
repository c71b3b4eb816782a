// One complaint as a row of the desk: when it came, what about and what the customer said, their
// ticket, how far the desk has got with it, their contact on request, and the next steps.
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { ConsoleButton } from '../../kit/frame/ConsoleButton.tsx';
import { pickText } from '../../kit/i18n/localized-text.ts';
import type { ComplaintStep } from './ComplaintDialog.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import type { ComplaintDesk } from './use-complaint-desk.ts';
import './complaint-row.css';

interface ComplaintRowProps {
  complaint: ComplaintView;
  desk: Pick<ComplaintDesk, 'categories' | 'storeLanguage'>;
  onStep: (step: ComplaintStep) => void;
}

export function ComplaintRow({ complaint, desk, onStep }: ComplaintRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const when = new Intl.DateTimeFormat(language === 'en-XA' ? 'en' : language, { dateStyle: 'medium', timeStyle: 'short' });
  const at = (iso: string | null) => (iso === null ? '' : when.format(new Date(iso)));
  const category = desk.categories[complaint.category];
  return (
    <tr data-reference={complaint.reference}>
      <td>
        <time dateTime={complaint.filedAt}>{at(complaint.filedAt)}</time>
        <span className="complaint-row__reference">{complaint.reference}</span>
      </td>
      <td>{category ? pickText(category, language, desk.storeLanguage) : complaint.category}</td>
      <td className="complaint-row__text">
        {complaint.text ?? <span className="complaint-row__muted">{t('backoffice.complaints.erased')}</span>}
        {complaint.note ? <span className="complaint-row__note">{t('backoffice.complaints.note', { note: complaint.note })}</span> : null}
      </td>
      <td>{complaint.ticketNumber}</td>
      <td>
        <span className={`complaint-row__status complaint-row__status--${complaint.status}`}>{t(`backoffice.complaints.status.${complaint.status}`)}</span>
        {complaint.contactedAt ? <span className="complaint-row__when">{t('backoffice.complaints.contactedAt', { at: at(complaint.contactedAt) })}</span> : null}
        {complaint.resolvedAt ? <span className="complaint-row__when">{t('backoffice.complaints.resolvedAt', { at: at(complaint.resolvedAt) })}</span> : null}
        {complaint.outcome ? <span className="complaint-row__when">{t(`reports.values.outcome.${complaint.outcome}`)}</span> : null}
      </td>
      <td>
        <ContactDetails complaint={complaint} keptUntil={at(complaint.keptUntil)} />
      </td>
      <td>
        <div className="complaint-row__actions">
          {complaint.status === 'new' ? (
            <ConsoleButton aria-label={t('backoffice.complaints.markContactedFor', { reference: complaint.reference })} onClick={() => onStep('contacted')}>
              {t('backoffice.complaints.markContacted')}
            </ConsoleButton>
          ) : null}
          {complaint.status !== 'resolved' ? (
            <ConsoleButton aria-label={t('backoffice.complaints.resolveFor', { reference: complaint.reference })} onClick={() => onStep('resolve')}>
              {t('backoffice.complaints.resolve')}
            </ConsoleButton>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
