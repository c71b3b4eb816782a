// "Step 2 of 3": where the customer is in the flow, said before the step's title.
import { useTranslation } from 'react-i18next';
import { flowSteps, type FlowStep } from './flow-store.ts';

export function StepLabel({ step }: { step: FlowStep }) {
  const { t } = useTranslation();
  return <>{t('flow.step', { step: flowSteps.indexOf(step) + 1, total: flowSteps.length })}</>;
}
