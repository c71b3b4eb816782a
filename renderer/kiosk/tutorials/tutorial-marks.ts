// Which coach marks a step shows, where on the screen each one points, and how long a tour takes.
import type { Flow } from '../../../shared/flows/flow-schema.ts';

export type TutorialMark = Flow['tutorial'][number];
export type MarkTarget = TutorialMark['target'];

/** About the time it takes to read one mark and look at what it points to. */
const secondsPerMark = 5;

export function marksOf(flow: Flow, step: string): TutorialMark[] {
  return flow.tutorial.filter((mark) => mark.step === step);
}

/** "Show me how (20 s)": every mark the flow has when offered at its start, else the step's. */
export function tourSeconds(flow: Flow, step: string | null): number {
  return (step === null ? flow.tutorial : marksOf(flow, step)).length * secondsPerMark;
}

/** The element a mark points to, looked up only inside the screen of the step it belongs to. */
export function targetSelector(step: string, target: MarkTarget): string {
  return `[data-step="${CSS.escape(step)}"] [data-tutorial="${target}"]`;
}

