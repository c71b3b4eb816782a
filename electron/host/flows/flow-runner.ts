// Runs the action a flow step declares, after checking the flow may be used in this session and
// re-checking every value with the flow's own rules: the renderer is never trusted with either.
import { flowActionFields, type FlowActionName, type FlowValues } from '../../../shared/flows/flow-actions.ts';
import { normalizeText, numberProblem, stepById, textProblem } from '../../../shared/flows/flow-engine.ts';
import { isFlowOffered, type FlowAudience } from '../../../shared/flows/flow-offer.ts';
import type { Flow } from '../../../shared/flows/flow-schema.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import type { ActionAnswer, FlowActions } from './flow-action.ts';

export interface FlowRun {
  sessionId: string;
  flowId: string;
  stepId: string;
  values: FlowValues;
  practice: boolean;
}

export interface FlowRunner {
  run(request: FlowRun, audience: FlowAudience): Promise<ActionAnswer>;
}

export interface FlowRunnerDeps {
  flows: readonly Flow[];
  actions: FlowActions;
  usageLog: UsageLog;
}

export function createFlowRunner({ flows, actions, usageLog }: FlowRunnerDeps): FlowRunner {
  return {
    async run({ sessionId, flowId, stepId, values, practice }, audience) {
      const flow = flows.find((candidate) => candidate.id === flowId);
      if (!flow) throw new HostError('flow.unknown');
      if (!isFlowOffered(flow, audience)) throw new HostError('flow.notAvailable');
      const step = stepById(flow, stepId);
      const actionName = step?.action;
      if (!actionName) throw new HostError('flow.unknown');
      const action = actions[actionName];
      if (!action) throw new HostError('flow.notAvailable');
      const checked = checkedValues(flow, values);
      const missing = flowActionFields[actionName].needs.find((name) => checked[name] === undefined);
      if (missing) throw new HostError('flow.invalidValue', { field: missing });
      if (practice) return { facts: action.practice(checked) };
      try {
        const answer = await action.run(checked, { sessionId });
        for (const event of usageOf(flow, actionName, checked)) usageLog.append(sessionId, event);
        return Array.isArray(answer) ? { facts: answer } : answer;
      } catch (error) {
        if (error instanceof HostError) {
          try {
            usageLog.append(sessionId, { type: 'action.failed', flowId, action: actionName, code: error.code });
          } catch {
            // The log shares the disk that may have failed the action: the customer's message comes first.
          }
        }
        throw error;
      }
    },
  };
}

/** The flow's fields only, tidied and checked as the steps that collect them say. */
function checkedValues(flow: Flow, values: FlowValues): FlowValues {
  const checked: FlowValues = {};
  for (const step of flow.steps) {
    if (!('field' in step) || values[step.field] === undefined) continue;
    const raw = values[step.field] ?? '';
    const invalid = () => new HostError('flow.invalidValue', { field: step.field });
    if (step.type === 'choose') {
      if (!step.options.some((option) => option.value === raw)) throw invalid();
      checked[step.field] = raw;
    } else if (step.type === 'enterNumber') {
      if (numberProblem(step, raw)) throw invalid();
      checked[step.field] = raw;
    } else {
      const value = normalizeText(step.rules, raw);
      if (textProblem(step.rules, value, step.type === 'enterText' && step.optional)) throw invalid();
      checked[step.field] = value;
    }
  }
  return checked;
}

/**
 * What the usage log learns of a completed action: ids and choices, never what was typed. (The
 * queue logs the tickets actions take, with the wait it promised.)
 */
function usageOf(flow: Flow, action: FlowActionName, values: FlowValues): UsageEvent[] {
  const events: UsageEvent[] = [{ type: 'action.completed', flowId: flow.id, action, pilot: flow.pilot }];
  if (action === 'complaint.file') {
    const category = values.complaintCategory ?? '';
    events.push({ type: 'complaint.filed', category, contactWanted: values.contactWanted === 'yes' && Boolean(values.contactDetails) });
  }
  return events;
}
