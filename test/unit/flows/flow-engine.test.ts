import { describe, expect, it } from 'vitest';
import {
  fieldOf,
  firstStep,
  nextStep,
  stepById,
  stepsRemaining,
  stepValueProblem,
} from '../../../shared/flows/flow-engine.ts';
import type { FlowValues } from '../../../shared/flows/flow-actions.ts';
import { flowSchema, type Flow } from '../../../shared/flows/flow-schema.ts';
import {
  chooseStep,
  complaintFlow,
  enterNumberStep,
  enterTextStep,
  flowFixture,
  infoStep,
  orderPickupFlow,
  reviewStep,
  scanStep,
  text,
  type FlowInput,
} from '../../fixtures/flows.ts';

function parsed(flow: FlowInput): Flow {
  return flowSchema.parse(flow);
}

/** The ids of the steps a customer walks through from the first one, given their answers. */
function walk(flow: Flow, values: FlowValues = {}): string[] {
  const path: string[] = [];
  for (let step: Flow['steps'][number] | undefined = firstStep(flow); step && path.length < 20; step = nextStep(flow, step, values)) {
    path.push(step.id);
  }
  return path;
}

function step(flow: Flow, id: string) {
  const found = stepById(flow, id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const yesNo = (yes: string, no: string) => [
  { value: 'yes', label: text('Sí', 'Yes'), next: yes },
  { value: 'no', label: text('No'), next: no },
];

describe('walking a flow', () => {
  it('goes through the steps in their order when none says otherwise', () => {
    expect(walk(parsed(orderPickupFlow()))).toEqual(['code', 'review', 'done']);
  });

  it('finishes after the last step of the list', () => {
    const flow = parsed(orderPickupFlow());
    expect(nextStep(flow, step(flow, 'done'), {})).toBeUndefined();
  });

  it('follows the branch of the option the customer chose', () => {
    const flow = parsed(complaintFlow());
    const answers = { complaintCategory: 'service', complaintText: 'Mucha cola' };
    expect(walk(flow, { ...answers, contactWanted: 'yes' })).toEqual(['category', 'describe', 'contact', 'contactDetails', 'review', 'done']);
    expect(walk(flow, { ...answers, contactWanted: 'no' })).toEqual(['category', 'describe', 'contact', 'review', 'done']);
  });

  it("falls back to the step's own next when the chosen option names no branch", () => {
    const flow = parsed(
      flowFixture('branching', [
        chooseStep({
          id: 'ask',
          field: 'answer',
          next: 'b',
          options: [
            { value: 'yes', label: text('Sí', 'Yes'), next: 'a' },
            { value: 'no', label: text('No') },
          ],
        }),
        infoStep({ id: 'a', next: 'end' }),
        infoStep({ id: 'b' }),
      ]),
    );
    expect(walk(flow, { answer: 'yes' })).toEqual(['ask', 'a']);
    expect(walk(flow, { answer: 'no' })).toEqual(['ask', 'b']);
  });

  it('falls through to the following step when a choice has not been made yet', () => {
    const flow = parsed(complaintFlow());
    expect(nextStep(flow, step(flow, 'contact'), {})?.id).toBe('contactDetails');
  });

  it('jumps to the step a plain step names as next, skipping the ones between', () => {
    const flow = parsed(
      flowFixture('jump', [infoStep({ id: 'intro', next: 'last' }), infoStep({ id: 'skipped' }), infoStep({ id: 'last' })]),
    );
    expect(walk(flow)).toEqual(['intro', 'last']);
  });

  it('ends the flow at "next": "end", on a step or on an option, even with steps after it', () => {
    const flow = parsed(
      flowFixture('ending', [
        chooseStep({ id: 'ask', field: 'answer', options: yesNo('end', 'sorry') }),
        infoStep({ id: 'sorry', next: 'end' }),
        infoStep({ id: 'after' }),
      ]),
    );
    expect(walk(flow, { answer: 'yes' })).toEqual(['ask']);
    expect(walk(flow, { answer: 'no' })).toEqual(['ask', 'sorry']);
  });

  it('names the field each collecting step fills, and none for the others', () => {
    const flow = parsed(complaintFlow());
    expect(flow.steps.map(fieldOf)).toEqual(['complaintCategory', 'complaintText', 'contactWanted', 'contactDetails', undefined, undefined]);
  });
});

describe('counting the steps left', () => {
  it('counts the step itself and every step after it on a straight flow', () => {
    const flow = parsed(orderPickupFlow());
    expect(flow.steps.map((each) => stepsRemaining(flow, each, {}))).toEqual([3, 2, 1]);
  });

  it('counts along the branch the answers so far take', () => {
    const flow = parsed(complaintFlow());
    expect(stepsRemaining(flow, step(flow, 'contact'), { contactWanted: 'yes' })).toBe(4);
    expect(stepsRemaining(flow, step(flow, 'contact'), { contactWanted: 'no' })).toBe(3);
  });

  it('stops counting at a step already counted, so a loop back cannot hang the kiosk', () => {
    const flow = parsed(flowFixture('loop', [infoStep({ id: 'a' }), infoStep({ id: 'b', next: 'a' })]));
    expect(stepsRemaining(flow, step(flow, 'a'), {})).toBe(2);
  });
});

describe('checking the value a step collects', () => {
  it('asks for a choice among the options, and nothing else', () => {
    const choose = parsed(flowFixture('f', [chooseStep()])).steps[0]!;
    expect(stepValueProblem(choose, {})).toBe('noChoice');
    expect(stepValueProblem(choose, { queueService: 'pharmacy' })).toBe('noChoice');
    expect(stepValueProblem(choose, { queueService: 'advice' })).toBeNull();
  });

  it('lets an optional text be left empty but not a required one', () => {
    const flow = parsed(flowFixture('f', [enterTextStep({ optional: true }), scanStep()]));
    expect(stepValueProblem(flow.steps[0]!, {})).toBeNull();
    expect(stepValueProblem(flow.steps[1]!, {})).toBe('empty');
    expect(stepValueProblem(flow.steps[1]!, { orderCode: 'K7M2QX' })).toBeNull();
  });

  it('checks an amount against its step', () => {
    const amount = parsed(flowFixture('f', [enterNumberStep()])).steps[0]!;
    expect(stepValueProblem(amount, { amount: '3' })).toBe('belowMin');
    expect(stepValueProblem(amount, { amount: '20' })).toBeNull();
  });

  it('lets a step that collects nothing pass', () => {
    const review = parsed(flowFixture('f', [reviewStep()])).steps[0]!;
    expect(stepValueProblem(review, {})).toBeNull();
  });
});
