// The labelled field of an entry step (text, scan or amount): its hint, the rule it broke, a host
// problem with a way forward, and a polite "one moment" while the host works.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../help/ProblemAlert.tsx';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { edit } from '../flow-actions.ts';
import './entry-field.css';

interface EntryFieldProps {
  field: string;
  label: string;
  /** Shown under the field: an example or the allowed range. */
  hint?: string;
  /** The translated rule the value broke, when it broke one. */
  problemText: (problem: string) => string;
  /** Codes and amounts read left to right in every language; free text follows its own. */
  dir: 'ltr' | 'auto';
  className: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Tidies what the customer typed before it is kept (e.g. a decimal comma). */
  tidy?: (typed: string) => string;
  /** A personal entry: speech says "hidden" for what is typed here, never the characters. */
  personal?: boolean;
}

export function EntryField({ field, label, hint, problemText, dir, className, inputRef, tidy, personal = false }: EntryFieldProps) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const value = useKioskSlice('flow', (state) => state.values[field] ?? '');
  const valueProblem = useKioskSlice('flow', (state) => state.valueProblem);
  const busy = useKioskSlice('flow', (state) => state.busy);
  const problem = useKioskSlice('flow', (state) => state.problem);
  const fieldId = `field-${field}`;
  const hintId = `${fieldId}-hint`;
  const problemId = `${fieldId}-problem`;
  const describedBy = [hint ? hintId : '', valueProblem ? problemId : ''].filter(Boolean).join(' ') || undefined;

  function tryAgain(): void {
    kiosk.flow.getState().problemDismissed();
    inputRef?.current?.focus();
  }

  return (
    <div className="entry-field" data-tutorial="input">
      <label htmlFor={fieldId} className="entry-field__label">
        {label}
      </label>
      <input
        id={fieldId}
        ref={inputRef}
        className={className}
        value={value}
        onChange={(event) => edit(kiosk, field, tidy ? tidy(event.target.value) : event.target.value)}
        readOnly={busy}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        dir={dir}
        // The kiosk brings its own keyboard; the system one would cover the screen.
        inputMode="none"
        enterKeyHint="next"
        aria-invalid={valueProblem ? true : undefined}
        aria-describedby={describedBy}
        data-private={personal || undefined}
      />
      {hint ? (
        <p id={hintId} className="entry-field__hint">
          {hint}
        </p>
      ) : null}
      {valueProblem ? (
        <p id={problemId} className="entry-field__problem" role="alert">
          {problemText(valueProblem)}
        </p>
      ) : null}
      {problem ? <ProblemAlert problem={problem} onTryAgain={tryAgain} /> : null}
      <p className="status" aria-live="polite">
        {busy ? t('flow.working') : ''}
      </p>
    </div>
  );
}
