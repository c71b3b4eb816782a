// Review and confirm: what the customer entered and what the host found, checked before the step's
// action runs; personal entries are shown only by their last characters.
import { useTranslation } from 'react-i18next';
import type { FlowValues } from '../../../../shared/flows/flow-actions.ts';
import type { Flow, FlowStep, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { useText } from '../../use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { FactList } from '../FactList.tsx';
import { goBack, goOn } from '../flow-actions.ts';
import { StepFrame } from '../StepFrame.tsx';
import { useFormatAmount } from '../use-format.ts';
import '../../frame/choice-stack.css';
import '../fact-list.css';

export function ReviewStep({ flow, step }: { flow: Flow; step: StepOf<'review'> }) {
  const { t } = useTranslation();
  const text = useText();
  const amount = useFormatAmount();
  const kiosk = useKiosk();
  const values = useKioskSlice('flow', (state) => state.values);
  const facts = useKioskSlice('flow', (state) => state.facts);
  const busy = useKioskSlice('flow', (state) => state.busy);
  const problem = useKioskSlice('flow', (state) => state.problem);

  const entries = step.show
    .map((field) => flow.steps.find((candidate) => 'field' in candidate && candidate.field === field))
    .filter((source): source is FlowStep => source !== undefined && values[fieldOfStep(source)] !== undefined);

  function shown(source: FlowStep, current: FlowValues): string {
    const value = current[fieldOfStep(source)] ?? '';
    if (source.type === 'choose') return text(source.options.find((option) => option.value === value)?.label);
    if (source.type === 'enterNumber') return amount(value, source.unit === 'currency' ? source.currency : undefined);
    if (source.type === 'enterText' && source.personal) return `•••• ${value.slice(-3)}`;
    return value;
  }

  return (
    <StepFrame flow={flow} step={step}>
      {entries.length > 0 ? (
        <dl className="fact-list">
          {entries.map((source) => (
            <div key={source.id} className="fact-list__row">
              <dt>{'label' in source ? text(source.label) : text(source.title)}</dt>
              <dd
                className={source.type === 'scan' ? 'fact-list__code' : undefined}
                dir={directionOf(source)}
                data-private={(source.type === 'enterText' && source.personal) || undefined}
              >
                {shown(source, values)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <FactList facts={facts} />
      {problem ? <ProblemAlert problem={problem} onTryAgain={() => kiosk.flow.getState().problemDismissed()} /> : null}
      <p className="status" aria-live="polite">
        {busy ? t('flow.working') : ''}
      </p>
      <div className="choice-stack" data-tutorial="primary">
        <button type="button" className="button button--primary button--wide" aria-disabled={busy || undefined} onClick={() => void goOn(kiosk)}>
          {text(step.confirm)}
        </button>
        <button type="button" className="button button--secondary button--wide" aria-disabled={busy || undefined} onClick={() => goBack(kiosk)}>
          {t('flow.change')}
        </button>
      </div>
    </StepFrame>
  );
}

/** Codes, phone numbers and masked entries read left to right in every language; free text in its own. */
function directionOf(step: FlowStep): 'ltr' | 'auto' | undefined {
  if (step.type === 'scan') return 'ltr';
  if (step.type === 'enterText') return step.personal || step.keyboard !== 'text' ? 'ltr' : 'auto';
  return undefined;
}

function fieldOfStep(step: FlowStep): string {
  return 'field' in step ? step.field : '';
}
