// The flow engine: plain functions over a flow and the values entered so far. The renderer walks
// steps with it; the host re-checks values with the same rules before acting on them.
import type { LocalizedText } from '../config/localized-text.ts';
import type { Flow, FlowStep, StepOf, TextRules } from './flow-schema.ts';
import type { FlowValues } from './flow-actions.ts';
import { passesCheckDigit } from './check-digits.ts';

/** A step's `next` that ends the flow explicitly (a branch's last step). */
export const endOfFlow = 'end';

export function firstStep(flow: Flow): FlowStep {
  const [first] = flow.steps;
  if (!first) throw new Error(`flow ${flow.id} has no steps`);
  return first;
}

export function stepById(flow: Flow, id: string): FlowStep | undefined {
  return flow.steps.find((step) => step.id === id);
}

/**
 * Where the customer goes from `step` with `values`: a choice's own branch, else the step's
 * `next`, else the following step in the list. Undefined means the flow is finished.
 */
export function nextStep(flow: Flow, step: FlowStep, values: FlowValues): FlowStep | undefined {
  const target = branchOf(step, values) ?? step.next;
  if (target === endOfFlow) return undefined;
  if (target) return stepById(flow, target);
  const index = flow.steps.indexOf(step);
  return index >= 0 ? flow.steps[index + 1] : undefined;
}

function branchOf(step: FlowStep, values: FlowValues): string | undefined {
  if (step.type !== 'choose') return undefined;
  return step.options.find((option) => option.value === values[step.field])?.next;
}

export type TextProblem = 'empty' | 'tooShort' | 'tooLong' | 'pattern' | 'checkDigit';

export function normalizeText(rules: Pick<TextRules, 'normalize'>, raw: string): string {
  if (rules.normalize === 'upperAlphanumeric') return raw.replace(/[^0-9a-z]/gi, '').toUpperCase();
  if (rules.normalize === 'digits') return raw.replace(/\D/g, '');
  return raw.trim().replace(/\s+/g, ' ');
}

/** Null when the (already normalized) value satisfies the rules. */
export function textProblem(rules: TextRules, value: string, optional = false): TextProblem | null {
  if (value === '') return optional ? null : 'empty';
  if (value.length < rules.minLength) return 'tooShort';
  if (value.length > rules.maxLength) return 'tooLong';
  if (rules.pattern && !new RegExp(rules.pattern).test(value)) return 'pattern';
  if (rules.checkDigit && !passesCheckDigit(rules.checkDigit, value)) return 'checkDigit';
  return null;
}

export type NumberProblem = 'empty' | 'notANumber' | 'belowMin' | 'aboveMax' | 'tooPrecise';

/** Numbers travel as text ("12.50") so that no float ever rounds a customer's amount. */
export function numberProblem(step: StepOf<'enterNumber'>, text: string): NumberProblem | null {
  if (text.trim() === '') return 'empty';
  if (!/^\d+(\.\d+)?$/.test(text)) return 'notANumber';
  const decimals = text.split('.')[1]?.length ?? 0;
  if (decimals > step.decimals) return 'tooPrecise';
  const amount = Number(text);
  if (amount < step.min) return 'belowMin';
  if (amount > step.max) return 'aboveMax';
  return null;
}

/** The problem with the value a step collects, or null; steps that collect nothing pass. */
export function stepValueProblem(step: FlowStep, values: FlowValues): TextProblem | NumberProblem | 'noChoice' | null {
  switch (step.type) {
    case 'choose':
      return step.options.some((option) => option.value === values[step.field]) ? null : 'noChoice';
    case 'enterText':
      return textProblem(step.rules, values[step.field] ?? '', step.optional);
    case 'scan':
      return textProblem(step.rules, values[step.field] ?? '');
    case 'enterNumber':
      return numberProblem(step, values[step.field] ?? '');
    default:
      return null;
  }
}

/** The field a step collects, if any. */
export function fieldOf(step: FlowStep): string | undefined {
  return 'field' in step ? step.field : undefined;
}

/** The steps left from `step` (itself included) on the path the values so far take, for "step 2 of 4". */
export function stepsRemaining(flow: Flow, step: FlowStep, values: FlowValues, seen = new Set<string>()): number {
  if (seen.has(step.id)) return 0;
  seen.add(step.id);
  const next = nextStep(flow, step, values);
  return 1 + (next ? stepsRemaining(flow, next, values, seen) : 0);
}

/** A practice run's sample answers: words in the customer's language (`pick`), codes and choices as they are. */
export function practiceValues(flow: Flow, pick: (text: LocalizedText) => string): FlowValues {
  return Object.fromEntries(
    Object.entries(flow.practice.values).map(([field, value]) => [field, typeof value === 'string' ? value : pick(value)]),
  );
}
