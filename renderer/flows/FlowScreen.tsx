// Shows the open service's flow at its current step (order pickup is the one flow type so far).
import { useKioskSlice } from '../kiosk/kiosk-context.ts';
import { DoneStep } from './order-pickup/DoneStep.tsx';
import { EnterCodeStep } from './order-pickup/EnterCodeStep.tsx';
import { ReviewStep } from './order-pickup/ReviewStep.tsx';

export function FlowScreen() {
  const step = useKioskSlice('flow', (flow) => flow.step);
  if (step === 'review') return <ReviewStep />;
  if (step === 'done') return <DoneStep />;
  return <EnterCodeStep />;
}
