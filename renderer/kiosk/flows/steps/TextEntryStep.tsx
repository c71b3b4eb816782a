// Text entry and scan steps: a real field that a scanner or keyboard types into, the kiosk's own
// keyboard in the layout the step asks for, and the flow's rules checked before going on.
import { useCallback, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepOf } from '../../../../shared/flows/flow-schema.ts';
import type { Flow } from '../../../../shared/flows/flow-schema.ts';
import { useText } from '../../use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { edit, goOn } from '../flow-actions.ts';
import { OnScreenKeyboard } from '../keyboards/OnScreenKeyboard.tsx';
import { StepFrame } from '../StepFrame.tsx';
import { useScannerTyping } from '../use-scanner-typing.ts';
import { EntryField } from './EntryField.tsx';
import './entry-field.css';
import './entry-step.css';

interface TextEntryStepProps {
  flow: Flow;
  step: StepOf<'enterText'> | StepOf<'scan'>;
}

export function TextEntryStep({ flow, step }: TextEntryStepProps) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const value = useKioskSlice('flow', (state) => state.values[step.field] ?? '');
  const busy = useKioskSlice('flow', (state) => state.busy);
  const field = useRef<HTMLInputElement>(null);
  const codeLike = step.type === 'scan' || step.keyboard === 'alphanumeric' || step.keyboard === 'digits' || step.keyboard === 'phone';

  const append = useCallback(
    (character: string) => edit(kiosk, step.field, (kiosk.flow.getState().values[step.field] ?? '') + character),
    [kiosk, step.field],
  );
  useScannerTyping(field, append);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void goOn(kiosk);
  }

  return (
    <StepFrame flow={flow} step={step}>
      <form className="entry-step" onSubmit={submit} noValidate>
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
        />
        <OnScreenKeyboard
          layout={step.keyboard}
          disabled={busy}
          onCharacter={append}
          onDelete={() => edit(kiosk, step.field, value.slice(0, -1))}
          onClear={() => edit(kiosk, step.field, '')}
        />
        <button type="submit" className="button button--primary button--wide entry-step__submit" data-tutorial="primary" aria-disabled={busy || undefined}>
          {t('flow.continue')}
        </button>
      </form>
    </StepFrame>
  );
}
