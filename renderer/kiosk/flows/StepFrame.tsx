// The frame of every flow step: "step 2 of 4", the step's texts from the config, the practice
// band when nothing is for real, and back / start over in the bottom bar.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stepsRemaining } from '../../../shared/flows/flow-engine.ts';
import type { Flow, FlowStep } from '../../../shared/flows/flow-schema.ts';
import { ScreenFrame } from '../frame/ScreenFrame.tsx';
import { useText } from '../use-text.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { StartOverButton } from '../session/StartOverButton.tsx';
import { TutorialOffer } from '../tutorials/TutorialOffer.tsx';
import { goBack } from './flow-actions.ts';
import { PracticeBanner } from './PracticeBanner.tsx';

interface StepFrameProps {
  flow: Flow;
  step: FlowStep;
  /** Replaces the step's own lead (e.g. a branch explanation). */
  lead?: ReactNode;
  /** False on the last step: there is nothing to go back to once it is done. */
  canGoBack?: boolean;
  children: ReactNode;
}

export function StepFrame({ flow, step, lead, canGoBack = true, children }: StepFrameProps) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const busy = useKioskSlice('flow', (state) => state.busy);
  const practice = useKioskSlice('flow', (state) => state.practice);
  const position = useKioskSlice('flow', (state) => state.position);
  const closedBehind = useKioskSlice('flow', (state) => state.closedBehind && state.history.length === 0);
  const values = useKioskSlice('flow', (state) => state.values);
  const total = position - 1 + stepsRemaining(flow, step, values);

  return (
    <ScreenFrame
      screen={`flow-${step.type}`}
      step={step.id}
      banner={practice ? <PracticeBanner /> : undefined}
      eyebrow={`${text(flow.title)} · ${t('flow.step', { step: position, total })}`}
      title={text(step.title)}
      lead={lead ?? (step.lead ? text(step.lead) : undefined)}
      offer={<TutorialOffer flow={flow} step={step.id} />}
      actions={
        <>
          {canGoBack && !closedBehind ? (
            <button type="button" className="button button--secondary" data-tutorial="back" data-keypad-back aria-disabled={busy || undefined} onClick={() => goBack(kiosk)}>
              {t('flow.back')}
            </button>
          ) : null}
          <StartOverButton />
        </>
      }
    >
      {children}
    </ScreenFrame>
  );
}
