// Checks a flow's structure beyond its shape: branches that lead nowhere, actions missing the
// fields they read, tutorials pointing at absent steps. Each problem names its path in the flow.
import { flowActionFields } from './flow-actions.ts';
import { endOfFlow, fieldOf } from './flow-engine.ts';
import type { Flow } from './flow-schema.ts';

export interface FlowProblem {
  path: (string | number)[];
  expected: string;
}

export function flowProblems(flow: Flow): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const stepIds = new Set<string>();
  const fields = new Set(flow.steps.map(fieldOf).filter((field): field is string => field !== undefined));

  flow.steps.forEach((step, index) => {
    const at = (...rest: (string | number)[]) => ['steps', index, ...rest];
    if (step.id === endOfFlow) problems.push({ path: at('id'), expected: `a step id other than "${endOfFlow}" (it ends the flow)` });
    if (stepIds.has(step.id)) problems.push({ path: at('id'), expected: `a step id not used before in this flow ("${step.id}" is)` });
    stepIds.add(step.id);
    if (step.action) {
      for (const needed of flowActionFields[step.action].needs) {
        if (!fields.has(needed)) problems.push({ path: at('action'), expected: `a step that collects the field "${needed}", which ${step.action} reads` });
      }
    }
    if (step.type === 'enterNumber' && step.min > step.max) problems.push({ path: at('min'), expected: `at most max (${step.max})` });
    if ((step.type === 'enterText' || step.type === 'scan') && step.rules.pattern && !isRegExp(step.rules.pattern)) {
      problems.push({ path: at('rules', 'pattern'), expected: 'a valid regular expression' });
    }
  });

  const targets = (target: string | undefined): boolean => target === undefined || target === endOfFlow || stepIds.has(target);
  flow.steps.forEach((step, index) => {
    if (!targets(step.next)) problems.push({ path: ['steps', index, 'next'], expected: `the id of a step of this flow, or "${endOfFlow}"` });
    if (step.type === 'choose') {
      step.options.forEach((option, optionIndex) => {
        if (!targets(option.next)) {
          problems.push({ path: ['steps', index, 'options', optionIndex, 'next'], expected: `the id of a step of this flow, or "${endOfFlow}"` });
        }
      });
    }
  });

  flow.tutorial.forEach((mark, index) => {
    if (!stepIds.has(mark.step)) problems.push({ path: ['tutorial', index, 'step'], expected: 'the id of a step of this flow' });
  });
  for (const field of Object.keys(flow.practice.values)) {
    if (!fields.has(field)) problems.push({ path: ['practice', 'values', field], expected: 'a field one of the steps collects' });
  }
  return problems;
}

function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
