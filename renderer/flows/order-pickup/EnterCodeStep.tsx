// Step 1 of order pickup: the order code, scanned or typed into a real field, or tapped in on
// the on-screen keyboard.
import { useCallback, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../../a11y/ScreenFrame.tsx';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { useKiosk, useKioskSlice } from '../../kiosk/kiosk-context.ts';
import { FlowActions } from '../FlowActions.tsx';
import { StepLabel } from '../StepLabel.tsx';
import { maxCodeLength } from '../flow-store.ts';
import { CodeKeyboard } from './CodeKeyboard.tsx';
import { findOrder } from './pickup-actions.ts';
import { usePickupService } from './use-pickup-service.ts';
import { useScannerTyping } from './use-scanner-typing.ts';
import '../../styles/pickup.css';

export function EnterCodeStep() {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const service = usePickupService();
  const code = useKioskSlice('flow', (flow) => flow.code);
  const codeProblem = useKioskSlice('flow', (flow) => flow.codeProblem);
  const busy = useKioskSlice('flow', (flow) => flow.busy);
  const problem = useKioskSlice('flow', (flow) => flow.problem);
  const field = useRef<HTMLInputElement>(null);
  const example = service?.flow.codeExample ?? '';

  const typeCharacter = useCallback((character: string) => kiosk.flow.getState().keyPressed(character), [kiosk]);
  useScannerTyping(field, typeCharacter);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void findOrder(kiosk);
  }

  function tryAgain(): void {
    kiosk.flow.getState().problemDismissed();
    field.current?.focus();
  }

  const describedBy = ['code-example', codeProblem ? 'code-problem' : ''].filter(Boolean).join(' ');
  return (
    <ScreenFrame
      screen="flow-enter-code"
      eyebrow={<StepLabel step="enterCode" />}
      title={t('pickup.enterCode.title')}
      lead={t('pickup.enterCode.lead')}
      actions={<FlowActions />}
    >
      <form className="code-entry" onSubmit={submit} noValidate>
        <div className="code-entry__field">
          <label htmlFor="order-code" className="field-label">
            {t('pickup.enterCode.label')}
          </label>
          <input
            id="order-code"
            ref={field}
            className="code-input"
            value={code}
            onChange={(event) => kiosk.flow.getState().typed(event.target.value)}
            readOnly={busy}
            maxLength={maxCodeLength}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            // The kiosk brings its own keyboard; the system one would cover the screen.
            inputMode="none"
            enterKeyHint="search"
            aria-invalid={codeProblem ? true : undefined}
            aria-describedby={describedBy}
          />
          <p id="code-example" className="field-hint">
            {t('pickup.enterCode.example', { example })}
          </p>
          {codeProblem ? (
            <p id="code-problem" className="field-problem" role="alert">
              {t(`pickup.enterCode.${codeProblem}`, { example })}
            </p>
          ) : null}
          {problem ? <ProblemAlert problem={problem} onTryAgain={tryAgain} /> : null}
          <p className="status" aria-live="polite">
            {busy ? t('pickup.enterCode.searching') : ''}
          </p>
        </div>
        <CodeKeyboard
          disabled={busy}
          onCharacter={typeCharacter}
          onDelete={() => kiosk.flow.getState().deleted()}
          onClear={() => kiosk.flow.getState().cleared()}
        />
        <button type="submit" className="button button--primary button--wide code-entry__submit" aria-disabled={busy || undefined}>
          {t('pickup.enterCode.submit')}
        </button>
      </form>
    </ScreenFrame>
  );
}
