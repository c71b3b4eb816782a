// Shows the open flow at its current step, with the generic screen for the step's type.
import { ChooseStep } from './steps/ChooseStep.tsx';
import { InfoStep } from './steps/InfoStep.tsx';
import { NumberStep } from './steps/NumberStep.tsx';
import { PrintStep } from './steps/PrintStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { TextEntryStep } from './steps/TextEntryStep.tsx';
import { useFlow } from './use-flow.ts';

export function FlowScreen() {
  const { flow, step } = useFlow();
  if (!flow || !step) return null;
  // The key remounts the screen per step, so focus moves to each new step's heading.
  switch (step.type) {
    case 'choose':
      return <ChooseStep key={step.id} flow={flow} step={step} />;
    case 'enterText':
    case 'scan':
      return <TextEntryStep key={step.id} flow={flow} step={step} />;
    case 'enterNumber':
      return <NumberStep key={step.id} flow={flow} step={step} />;
    case 'review':
      return <ReviewStep key={step.id} flow={flow} step={step} />;
    case 'print':
      return <PrintStep key={step.id} flow={flow} step={step} />;
    case 'info':
      return <InfoStep key={step.id} flow={flow} step={step} />;
  }
}
