// A choice step: one big button per option; choosing goes on at once (and may branch).
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { useText } from '../../use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { goOn } from '../flow-actions.ts';
import { StepFrame } from '../StepFrame.tsx';
import './option-list.css';

export function ChooseStep({ flow, step }: { flow: Flow; step: StepOf<'choose'> }) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const chosen = useKioskSlice('flow', (state) => state.values[step.field]);
  const busy = useKioskSlice('flow', (state) => state.busy);
  const problem = useKioskSlice('flow', (state) => state.problem);

  return (
    <StepFrame flow={flow} step={step}>
      <ul className="option-list" data-tutorial="options" data-keypad-choices>
        {step.options.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              className="button option-button"
              aria-disabled={busy || undefined}
              aria-current={chosen === option.value ? 'true' : undefined}
              onClick={() => void goOn(kiosk, { field: step.field, value: option.value })}
            >
              <span className="option-button__label">{text(option.label)}</span>
              {option.hint ? <span className="option-button__hint">{text(option.hint)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      {problem ? <ProblemAlert problem={problem} onTryAgain={() => kiosk.flow.getState().problemDismissed()} /> : null}
      <p className="status" aria-live="polite">
        {busy ? t('flow.working') : ''}
      </p>
    </StepFrame>
  );
}
