// What every entry step shares: its form (Enter goes on, the flow's rules check the value), the
// field and what the step sets beside it, the kiosk's keyboard below, and "Continue" within reach.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { edit, goOn } from '../flow-actions.ts';
import { OnScreenKeyboard, type KeyboardLayout } from '../keyboards/OnScreenKeyboard.tsx';
import { StepFrame } from '../StepFrame.tsx';
import './entry-step.css';

interface EntryStepFormProps {
  flow: Flow;
  step: StepOf<'enterText'> | StepOf<'scan'> | StepOf<'enterNumber'>;
  layout: KeyboardLayout;
  onCharacter: (character: string) => void;
  /** The field, and whatever sits between it and the keyboard (an amount's presets). */
  children: ReactNode;
}

export function EntryStepForm({ flow, step, layout, onCharacter, children }: EntryStepFormProps) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const value = useKioskSlice('flow', (state) => state.values[step.field] ?? '');
  const busy = useKioskSlice('flow', (state) => state.busy);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    void goOn(kiosk);
  }

  return (
    <StepFrame flow={flow} step={step}>
      <form className="entry-step" onSubmit={submit} noValidate>
        {children}
        <OnScreenKeyboard
          layout={layout}
          disabled={busy}
          onCharacter={onCharacter}
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
