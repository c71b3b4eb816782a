// A number step (an amount to top up, a quantity): preset amounts for one touch, or the digit
// keypad for any other; the range is said up front, not discovered by error.
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { useText } from '../../use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { edit } from '../flow-actions.ts';
import { useFormatAmount } from '../use-format.ts';
import { EntryField } from './EntryField.tsx';
import { EntryStepForm } from './EntryStepForm.tsx';
import './entry-field.css';
import './preset-list.css';

export function NumberStep({ flow, step }: { flow: Flow; step: StepOf<'enterNumber'> }) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const format = useFormatAmount();
  const value = useKioskSlice('flow', (state) => state.values[step.field] ?? '');
  const show = (amount: number | string) => format(String(amount), step.unit === 'currency' ? step.currency : undefined);
  const range = t('flow.range', { min: show(step.min), max: show(step.max) });

  return (
    <EntryStepForm flow={flow} step={step} layout="digits" onCharacter={(digit) => edit(kiosk, step.field, value + digit)}>
      <EntryField
        field={step.field}
        label={text(step.label)}
        hint={range}
        problemText={(valueProblem) => t(`flow.problems.${valueProblem}`, { min: show(step.min), max: show(step.max), count: step.decimals })}
        dir="ltr"
        className="entry-field__input entry-field__input--amount"
        tidy={(typed) => typed.replace(',', '.')}
      />
      {step.presets.length > 0 ? (
        <div className="preset-list" role="group" aria-label={t('flow.presets')}>
          {step.presets.map((preset) => (
            <button
              key={preset}
              type="button"
              className="button preset-button"
              aria-pressed={value === String(preset)}
              onClick={() => edit(kiosk, step.field, String(preset))}
            >
              {show(preset)}
            </button>
          ))}
        </div>
      ) : null}
    </EntryStepForm>
  );
}
