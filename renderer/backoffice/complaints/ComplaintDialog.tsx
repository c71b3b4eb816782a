// The next step with a complaint, asked in a dialog: "contacted" (the customer was called back, or
// someone tried) or "resolved" with how it ended; either with a short note kept with the complaint.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { complaintOutcomes, type ComplaintOutcome, type ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { useBackOffice } from '../back-office-context.ts';
import '../../kit/frame/console-field.css';
import '../../kit/frame/console-dialog.css';

export type ComplaintStep = 'contacted' | 'resolve';

interface ComplaintDialogProps {
  step: ComplaintStep;
  complaint: ComplaintView;
  onDone: (complaint: ComplaintView) => void;
  onCancel: () => void;
}

export function ComplaintDialog({ step, complaint, onDone, onCancel }: ComplaintDialogProps) {
  const { t } = useTranslation();
  const { host } = useBackOffice();
  const [outcome, setOutcome] = useState<ComplaintOutcome>('recovered');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<HostErrorPayload | null>(null);

  async function save(): Promise<void> {
    setBusy(true);
    setProblem(null);
    const written = note.trim() === '' ? {} : { note: note.trim() };
    try {
      const answer =
        step === 'resolve'
          ? await host.call('complaints.resolve', { reference: complaint.reference, outcome, ...written })
          : await host.call('complaints.markContacted', { reference: complaint.reference, ...written });
      onDone(answer.complaint);
    } catch (error) {
      setProblem(toProblem(error));
      setBusy(false);
    }
  }

  return (
    <FormDialog
      id="complaint-step"
      title={t(step === 'resolve' ? 'backoffice.complaints.resolveTitle' : 'backoffice.complaints.contactedTitle', { reference: complaint.reference })}
      lead={t(step === 'resolve' ? 'backoffice.complaints.resolveLead' : 'backoffice.complaints.contactedLead')}
      submitLabel={t('backoffice.complaints.save')}
      busy={busy}
      problem={problem}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      {step === 'resolve' ? (
        <div className="console-field">
          <label htmlFor="complaint-outcome">{t('backoffice.complaints.outcome')}</label>
          <select
            id="complaint-outcome"
            className="console-input"
            data-autofocus
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as ComplaintOutcome)}
          >
            {complaintOutcomes.map((option) => (
              <option key={option} value={option}>
                {t(`reports.values.outcome.${option}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="console-field">
        <label htmlFor="complaint-note">
          {t('backoffice.complaints.noteLabel')} <span className="console-dialog__hint">{t('backoffice.complaints.noteHint')}</span>
        </label>
        <textarea
          id="complaint-note"
          className="console-input"
          rows={3}
          maxLength={500}
          data-autofocus={step === 'contacted' ? true : undefined}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
    </FormDialog>
  );
}
