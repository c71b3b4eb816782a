// Text entry and scan steps: a real field that a scanner or keyboard types into, the kiosk's own
// keyboard in the layout the step asks for, and the flow's rules checked before going on.
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { useText } from '../../use-text.ts';
import { useKiosk } from '../../kiosk-context.ts';
import { edit } from '../flow-actions.ts';
import { useScannerTyping } from '../use-scanner-typing.ts';
import { EntryField } from './EntryField.tsx';
import { EntryStepForm } from './EntryStepForm.tsx';
import './entry-field.css';

interface TextEntryStepProps {
  flow: Flow;
  step: StepOf<'enterText'> | StepOf<'scan'>;
}

export function TextEntryStep({ flow, step }: TextEntryStepProps) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const field = useRef<HTMLInputElement>(null);
  const codeLike = step.type === 'scan' || step.keyboard === 'alphanumeric' || step.keyboard === 'digits' || step.keyboard === 'phone';

  const append = useCallback(
    (character: string) => edit(kiosk, step.field, (kiosk.flow.getState().values[step.field] ?? '') + character),
    [kiosk, step.field],
  );
  useScannerTyping(field, append);

  return (
    <EntryStepForm flow={flow} step={step} layout={step.keyboard} onCharacter={append}>
      <EntryField
        field={step.field}
        label={text(step.label)}
        hint={step.example ? t('flow.example', { example: step.example }) : undefined}
        problemText={(valueProblem) =>
          t(`flow.problems.${valueProblem}`, { example: step.example ?? '', max: step.rules.maxLength, min: step.rules.minLength })
        }
        dir={codeLike ? 'ltr' : 'auto'}
        className={codeLike ? 'entry-field__input' : 'entry-field__input entry-field__input--text'}
        inputRef={field}
        personal={step.type === 'enterText' && step.personal}
      />
    </EntryStepForm>
  );
}
