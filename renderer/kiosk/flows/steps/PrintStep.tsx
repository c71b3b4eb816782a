// A print step: the receipt, ticket or slip. Until a printer is configured (and always in a
// practice run) the document is shown on screen instead, so the customer is never left without it.
import { useTranslation } from 'react-i18next';
import type { Flow, StepOf } from '../../../../shared/flows/flow-schema.ts';
import { useKiosk, useKioskSlice } from '../../kiosk-context.ts';
import { FactList } from '../FactList.tsx';
import { goOn } from '../flow-actions.ts';
import { StepFrame } from '../StepFrame.tsx';
import './printout.css';

export function PrintStep({ flow, step }: { flow: Flow; step: StepOf<'print'> }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const facts = useKioskSlice('flow', (state) => state.facts);
  const practice = useKioskSlice('flow', (state) => state.practice);

  return (
    <StepFrame flow={flow} step={step} canGoBack={false}>
      <p className="print-note" role="status">
        {practice ? t('print.practice') : t(`print.onScreen.${step.document}`)}
      </p>
      <div className={`printout printout--${step.document}`}>
        <FactList facts={facts} emphasis="paymentReference" />
      </div>
      <button type="button" className="button button--primary button--wide" data-tutorial="primary" onClick={() => void goOn(kiosk)}>
        {t('flow.continue')}
      </button>
    </StepFrame>
  );
}
