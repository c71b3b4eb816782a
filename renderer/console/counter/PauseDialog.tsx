// Pauses the counter with its reason, one of a short list every report can count.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pauseReasonSchema, type PauseReason } from '../../../shared/host-api/staff-views.ts';
import { FormDialog } from '../../kit/frame/FormDialog.tsx';
import { useDesk } from './desk-context.ts';
import { useDialogAction } from './use-dialog-action.ts';
import '../../kit/frame/console-dialog.css';

export function PauseDialog() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { busy, problem, close, submit } = useDialogAction('pause');
  const [reason, setReason] = useState<PauseReason>('break');
  return (
    <FormDialog
      id="pause"
      title={t('console.pause.title')}
      lead={t('console.pause.lead')}
      submitLabel={t('console.pause.pause')}
      busy={busy}
      problem={problem}
      onCancel={close}
      onSubmit={() => void submit(() => desk.pause(reason))}
    >
      <fieldset className="console-dialog__choices">
        <legend>{t('console.pause.reason')}</legend>
        {pauseReasonSchema.options.map((choice) => (
          <label key={choice} className="console-dialog__choice">
            <input
              type="radio"
              name="pause-reason"
              value={choice}
              checked={reason === choice}
              data-autofocus={choice === reason ? true : undefined}
              onChange={() => setReason(choice)}
            />
            {t(`console.pauseReasons.${choice}`)}
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
