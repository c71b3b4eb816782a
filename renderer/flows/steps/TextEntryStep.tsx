// Text entry and scan steps: a real field that a scanner or keyboard types into, the kiosk's own
// keyboard in the layout the step asks for, and the flow's rules checked before going on.
import { useCallback, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepOf } from '../../../shared/flows/flow-schema.ts';
import type { Flow } from '../../../shared/flows/flow-schema.ts';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { useText } from '../../i18n/use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk/kiosk-context.ts';
import { edit, goOn } from '../flow-actions.ts';
import { OnScreenKeyboard } from '../keyboards/OnScreenKeyboard.tsx';
import { StepFrame } from '../StepFrame.tsx';
import { useScannerTyping } from '../use-scanner-typing.ts';
import '../../styles/pickup.css';

interface TextEntryStepProps {
  flow: Flow;
  step: StepOf<'enterText'> | StepOf<'scan'>;
}

export function TextEntryStep({ flow, step }: TextEntryStepProps) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const value = useKioskSlice('flow', (state) => state.values[step.field] ?? '');
  const valueProblem = useKioskSlice('flow', (state) => state.valueProblem);
  const busy = useKioskSlice('flow', (state) => state.busy);
  const problem = useKioskSlice('flow', (state) => state.problem);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = `field-${step.field}`;
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

  function tryAgain(): void {
    kiosk.flow.getState().problemDismissed();
    field.current?.focus();
  }

  const hintId = `${fieldId}-hint`;
  const problemId = `${fieldId}-problem`;
  const describedBy = [step.example ? hintId : '', valueProblem ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <StepFrame flow={flow} step={step}>
      <form className="code-entry" onSubmit={submit} noValidate>
        <div className="code-entry__field" data-tutorial="input">
          <label htmlFor={fieldId} className="field-label">
            {text(step.label)}
          </label>
          <input
            id={fieldId}
            ref={field}
            className={codeLike ? 'code-input' : 'code-input code-input--text'}
            value={value}
            onChange={(event) => edit(kiosk, step.field, event.target.value)}
            readOnly={busy}
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            dir={codeLike ? 'ltr' : 'auto'}
            // The kiosk brings its own keyboard; the system one would cover the screen.
            inputMode="none"
            enterKeyHint="next"
            aria-invalid={valueProblem ? true : undefined}
            aria-describedby={describedBy}
          />
          {step.example ? (
            <p id={hintId} className="field-hint">
              {t('flow.example', { example: step.example })}
            </p>
          ) : null}
          {valueProblem ? (
            <p id={problemId} className="field-problem" role="alert">
              {t(`flow.problems.${valueProblem}`, { example: step.example ?? '', max: step.rules.maxLength, min: step.rules.minLength })}
            </p>
          ) : null}
          {problem ? <ProblemAlert problem={problem} onTryAgain={tryAgain} /> : null}
          <p className="status" aria-live="polite">
            {busy ? t('flow.working') : ''}
          </p>
        </div>
        <OnScreenKeyboard
          layout={step.keyboard}
          disabled={busy}
          onCharacter={append}
          onDelete={() => edit(kiosk, step.field, value.slice(0, -1))}
          onClear={() => edit(kiosk, step.field, '')}
        />
        <button type="submit" className="button button--primary button--wide code-entry__submit" data-tutorial="primary" aria-disabled={busy || undefined}>
          {t('flow.continue')}
        </button>
      </form>
    </StepFrame>
  );
}
