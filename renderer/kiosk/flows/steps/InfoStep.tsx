// An information step: what happens next, with what the host answered (where to collect, the
// ticket number); on the last step, the way out. After an action that took a queue ticket, the
// ticket is followed live here: the waiting screen.
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { useText } from '../../use-text.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { FactList } from '../FactList.tsx';
import { goOn } from '../flow-actions.ts';
import { StepFrame } from '../StepFrame.tsx';
import { WaitingPanel } from '../../queue/WaitingPanel.tsx';
import { nextStep } from '../../../../shared/flows/flow-engine.ts';
import './info-body.css';

const ticketFactIds: ReadonlySet<string> = new Set(['ticketNumber', 'queueService', 'peopleAhead']);

export function InfoStep({ flow, step }: { flow: Flow; step: StepOf<'info'> }) {
  const { t } = useTranslation();
  const text = useText();
  const kiosk = useKiosk();
  const facts = useKioskSlice('flow', (state) => state.facts);
  const values = useKioskSlice('flow', (state) => state.values);
  const ticket = useKioskSlice('flow', (state) => state.ticket);
  const last = nextStep(flow, step, values) === undefined;
  // With a live ticket below, its number and service are shown there, not twice.
  const shownFacts = ticket ? facts.filter((fact) => !ticketFactIds.has(fact.id)) : facts;
  const headline = shownFacts.find((fact) => fact.id === 'ticketNumber' || fact.id === 'collectionPoint' || fact.id === 'returnNumber' || fact.id === 'complaintReference');

  return (
    <StepFrame flow={flow} step={step} canGoBack={!last}>
      {step.body ? <p className="info-body">{text(step.body)}</p> : null}
      {step.showFacts && shownFacts.length > 0 ? <FactList facts={shownFacts} emphasis={headline?.id} /> : null}
      {ticket ? <WaitingPanel ticket={ticket} flowId={flow.id} /> : null}
      <button type="button" className="button button--primary button--wide" data-tutorial="primary" onClick={() => void goOn(kiosk)}>
        {last ? t('flow.done') : t('flow.continue')}
      </button>
    </StepFrame>
  );
}
