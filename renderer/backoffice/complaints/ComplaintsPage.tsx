// The complaint desk: how many complaints are new, contacted and resolved, then the open ones (or
// all of them), newest first, each with what the customer said, their contact on request, and the
// steps that win them back: mark contacted, resolve with an outcome.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintStatuses, type ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import { KeyFigures } from '../../kit/reports/KeyFigures.tsx';
import { ComplaintDialog, type ComplaintStep } from './ComplaintDialog.tsx';
import { ComplaintRow } from './ComplaintRow.tsx';
import { useComplaintDesk } from './use-complaint-desk.ts';
import '../../kit/frame/office-status.css';
import '../../kit/frame/office-table.css';
import './complaints-page.css';

export function ComplaintsPage() {
  const { t, i18n } = useTranslation();
  const desk = useComplaintDesk();
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const [step, setStep] = useState<{ step: ComplaintStep; complaint: ComplaintView } | null>(null);
  const count = new Intl.NumberFormat(i18n.language === 'en-XA' ? 'en' : i18n.language);
  const shown = desk.complaints?.filter((complaint) => showAll || complaint.status !== 'resolved') ?? [];

  return (
    <div className="complaints-page">
      {desk.complaints ? (
        <KeyFigures
          label={t('backoffice.complaints.counts')}
          figures={complaintStatuses.map((status) => ({
            id: status,
            label: t(`backoffice.complaints.status.${status}`),
            value: count.format(desk.complaints?.filter((complaint) => complaint.status === status).length ?? 0),
            detail: null,
          }))}
        />
      ) : null}
      <label className="complaints-page__toggle" htmlFor={`${id}-all`}>
        <input id={`${id}-all`} type="checkbox" checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />
        {t('backoffice.complaints.showAll')}
      </label>
      <p className={desk.problem ? 'office-status office-status--problem' : 'office-status'} role="status">
        {desk.problem
          ? t(`errors.${desk.problem.code}`, desk.problem.params)
          : !desk.complaints
            ? t('backoffice.complaints.reading')
            : shown.length === 0
              ? t(showAll ? 'backoffice.complaints.noneAtAll' : 'backoffice.complaints.noneOpen')
              : ''}
      </p>
      {shown.length > 0 ? (
        <table className="office-table">
          <caption className="visually-hidden">{t(showAll ? 'backoffice.complaints.captionAll' : 'backoffice.complaints.captionOpen')}</caption>
          <thead>
            <tr>
              {(['filed', 'category', 'text', 'ticket', 'status', 'contact', 'actions'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`backoffice.complaints.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((complaint) => (
              <ComplaintRow key={complaint.reference} complaint={complaint} desk={desk} onStep={(chosen) => setStep({ step: chosen, complaint })} />
            ))}
          </tbody>
        </table>
      ) : null}
      {step ? (
        <ComplaintDialog
          step={step.step}
          complaint={step.complaint}
          onDone={(complaint) => {
            desk.changed(complaint);
            setStep(null);
          }}
          onCancel={() => setStep(null)}
        />
      ) : null}
    </div>
  );
}
