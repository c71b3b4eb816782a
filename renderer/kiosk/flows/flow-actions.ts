// Opening, walking, leaving and finishing a flow: the engine decides where to go, the host runs
// what a step declares, and the usage log hears of each step (never of what was typed).
import { flowActionFields, type FlowValues } from '../../../shared/flows/flow-actions.ts';
import { firstStep, nextStep, normalizeText, practiceValues, stepValueProblem } from '../../../shared/flows/flow-engine.ts';
import type { FlowStep } from '../../../shared/flows/flow-schema.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { pickText } from '../../kit/i18n/localized-text.ts';
import type { Kiosk } from '../kiosk.ts';
import { activeFlow, audienceOf, currentStep, flowTags, offeredFlows } from '../kiosk-selectors.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { recordScreen } from '../session/session-actions.ts';

/** Home → the flow's introduction (its benefit, "start", "try it first"). */
export function chooseFlow(kiosk: Kiosk, flowId: string): void {
  const session = kiosk.session.getState();
  if (session.phase !== 'home' || !session.sessionId) return;
  // Only a flow home offers: anything else would open an introduction with nothing to show.
  const flows = profileOf(kiosk.status.getState())?.flows ?? [];
  if (!offeredFlows(flows, audienceOf(kiosk)).some((flow) => flow.id === flowId)) return;
  session.flowChosen(flowId);
  recordScreen(kiosk);
}

export function startFlow(kiosk: Kiosk, practice: boolean): void {
  const flow = activeFlow(kiosk);
  const session = kiosk.session.getState();
  if (!flow || session.phase !== 'benefit' || !session.sessionId) return;
  session.flowOpened();
  const language = session.language ?? 'es';
  const fallback = profileOf(kiosk.status.getState())?.languages.default ?? language;
  const values: FlowValues = practice ? practiceValues(flow, (text) => pickText(text, language, fallback)) : {};
  kiosk.flow.getState().begin({ flowId: flow.id, firstStep: firstStep(flow).id, practice, values }, kiosk.now());
  if (practice) kiosk.usage.record(session.sessionId, { type: 'practice.started', flowId: flow.id });
  kiosk.usage.record(session.sessionId, { type: 'flow.started', ...flowTags(kiosk) });
  recordScreen(kiosk);
  recordStep(kiosk);
}

function recordStep(kiosk: Kiosk): void {
  const { sessionId } = kiosk.session.getState();
  const { stepId } = kiosk.flow.getState();
  if (sessionId && stepId) kiosk.usage.record(sessionId, { type: 'flow.step', ...flowTags(kiosk), step: stepId });
}

/** Sets a field of the current step as the customer types or chooses, tidied as they go. */
export function edit(kiosk: Kiosk, field: string, value: string): void {
  const step = currentStep(kiosk);
  const rules = step && (step.type === 'enterText' || step.type === 'scan') ? step.rules : null;
  kiosk.flow.getState().edited(field, rules ? tidyWhileTyping(rules.normalize, value) : value);
}

/** Codes show in capitals and digit fields take digits only, so what is seen is what is sent. */
export function tidyWhileTyping(normalize: 'upperAlphanumeric' | 'digits' | 'trim', text: string): string {
  if (normalize === 'upperAlphanumeric') return text.toUpperCase().replace(/[^A-Z0-9 -]/g, '');
  if (normalize === 'digits') return text.replace(/[^\d ]/g, '');
  return text;
}

/**
 * "Continue" on a step: checks the value with the flow's rules, runs the step's action on the host
 * (a practice run changes nothing there), then moves to the next step or finishes.
 */
export async function goOn(kiosk: Kiosk, chosen?: { field: string; value: string }): Promise<void> {
  const flow = activeFlow(kiosk);
  const step = currentStep(kiosk);
  const { sessionId } = kiosk.session.getState();
  const state = kiosk.flow.getState();
  if (!flow || !step || !sessionId || state.busy || state.finished) return;
  if (chosen) state.edited(chosen.field, chosen.value);
  const values = tidied(step, kiosk.flow.getState().values);
  const problem = stepValueProblem(step, values);
  if (problem) {
    kiosk.flow.getState().valueRejected(problem);
    return;
  }
  if ('field' in step && values[step.field] !== undefined) kiosk.flow.getState().edited(step.field, values[step.field] ?? '');
  let answer;
  if (step.action) {
    kiosk.flow.getState().actionStarted();
    try {
      answer = await kiosk.usage.inOrder(() =>
        kiosk.host.call('flow.runAction', { sessionId, flowId: flow.id, stepId: step.id, values, practice: state.practice }),
      );
    } catch (error) {
      if (kiosk.session.getState().sessionId === sessionId) kiosk.flow.getState().failed(toProblem(error));
      return;
    }
    if (kiosk.session.getState().sessionId !== sessionId) return;
  }
  const next = nextStep(flow, step, values);
  const committed = step.action !== undefined && flowActionFields[step.action].commits && !state.practice;
  kiosk.flow.getState().advanced(step.id, next?.id ?? null, answer, committed);
  if (next) recordStep(kiosk);
  else finishFlow(kiosk);
}

/** The step's own field as the engine and host will see it: tidied the same way. */
function tidied(step: FlowStep, values: FlowValues): FlowValues {
  if ((step.type !== 'enterText' && step.type !== 'scan') || values[step.field] === undefined) return values;
  return { ...values, [step.field]: normalizeText(step.rules, values[step.field] ?? '') };
}

export function goBack(kiosk: Kiosk): void {
  const { sessionId } = kiosk.session.getState();
  const state = kiosk.flow.getState();
  if (state.history.length === 0) {
    // Behind a committed action there is nothing to undo: back is not offered, and does nothing.
    if (!state.closedBehind) leaveFlow(kiosk);
    return;
  }
  state.wentBack();
  const { stepId, history } = kiosk.flow.getState();
  // The store refuses to go back while the host is working: then nothing happened to log.
  const wentBack = history.length < state.history.length;
  if (sessionId && stepId && wentBack) kiosk.usage.record(sessionId, { type: 'flow.back', ...flowTags(kiosk), step: stepId });
}

/** Leaves the flow (or its introduction) for the services; the session goes on. */
export function leaveFlow(kiosk: Kiosk): void {
  const { sessionId, phase } = kiosk.session.getState();
  const state = kiosk.flow.getState();
  if ((phase !== 'flow' && phase !== 'benefit') || state.busy) return;
  if (sessionId && phase === 'flow' && state.stepId && !state.finished) {
    kiosk.usage.record(sessionId, { type: 'flow.cancelled', ...flowTags(kiosk), step: state.stepId });
    if (state.practice) kiosk.usage.record(sessionId, { type: 'practice.finished', flowId: state.flowId ?? '', completed: false });
  }
  state.reset();
  kiosk.session.getState().flowLeft();
  recordScreen(kiosk);
}

function finishFlow(kiosk: Kiosk): void {
  const { sessionId } = kiosk.session.getState();
  const state = kiosk.flow.getState();
  if (!sessionId || !state.finished) return;
  const durationMs = Math.max(0, Math.round(kiosk.now() - (state.startedAt ?? kiosk.now())));
  kiosk.usage.record(sessionId, { type: 'flow.completed', ...flowTags(kiosk), durationMs });
  if (state.practice) {
    kiosk.usage.record(sessionId, { type: 'practice.finished', flowId: state.flowId ?? '', completed: true });
    kiosk.session.getState().practiceDone();
  } else {
    kiosk.session.getState().flowFinished();
  }
  recordScreen(kiosk);
}
