// Walks every path of every flow of a store the way the kiosk's screens do (renderer/kiosk/flows,
// session, help, queue): the same host calls, the same usage events, in the same order, with a
// practice run and a real run in each session, typing a distinctive value into every text step.
import { firstStep, nextStep, normalizeText, practiceValues } from '../../../../shared/flows/flow-engine.ts';
import { isFlowOffered } from '../../../../shared/flows/flow-offer.ts';
import type { Flow, FlowStep } from '../../../../shared/flows/flow-schema.ts';
import type { FlowActionName, FlowValues } from '../../../../shared/flows/flow-actions.ts';
import { textIn } from '../../../../shared/config/localized-text.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import type { RendererUsageEvent } from '../../../../shared/usage/events.ts';
import { dataRows, keptByAction, lookups, type DataRows } from './data-rows.ts';
import { staffAtConsole, type DemoKiosk } from './demo-kiosk.ts';
import type { Secret } from './secret-search.ts';
import { distinctiveText, validNumber, type TextStep } from './typed-values.ts';

/** One way through a flow: the option taken at each choice, and the steps it passes. */
export interface FlowPath {
  choices: FlowValues;
  steps: FlowStep[];
}

/** More paths than this through one flow and the walk would take too long: the test says so. */
const maxPaths = 64;

/** Every path through `flow`, branching at each choice on every option. */
function flowPaths(flow: Flow): FlowPath[] {
  const paths: FlowPath[] = [];
  const walk = (step: FlowStep, choices: FlowValues, before: FlowStep[]): void => {
    if (before.includes(step)) throw new Error(`flow ${flow.id} comes back to step ${step.id}: the privacy walker cannot end it`);
    const steps = [...before, step];
    const branches = step.type === 'choose' ? step.options.map((option) => ({ ...choices, [step.field]: option.value })) : [choices];
    for (const taken of branches) {
      const next = nextStep(flow, step, taken);
      if (next) walk(next, taken, steps);
      else paths.push({ choices: taken, steps });
      if (paths.length > maxPaths) throw new Error(`flow ${flow.id} has more than ${maxPaths} paths`);
    }
  };
  walk(firstStep(flow), {}, []);
  return paths;
}

export interface FlowWalk {
  /** Everything typed (and every data-file code used), with the step it came from. */
  secrets: Secret[];
  /** `flowId/stepId` of every text or scan step a value was typed into. */
  filled: Set<string>;
  /** Customer sessions walked: one per path of every flow. */
  sessions: number;
}

const isTextStep = (step: FlowStep): step is TextStep => step.type === 'enterText' || step.type === 'scan';

/** Text and scan steps of `flows` no walk filled: a flow the walker cannot reach would escape the proof. */
export function unfilledTextSteps(flows: readonly Flow[], filled: ReadonlySet<string>): string[] {
  return flows.flatMap((flow) => flow.steps.filter(isTextStep).map((step) => `${flow.id}/${step.id}`)).filter((step) => !filled.has(step));
}

interface RunContext {
  kiosk: DemoKiosk;
  rows: DataRows;
  secrets: Secret[];
  filled: Set<string>;
  /** Serial numbers for distinctive values: every value typed differs from every other. */
  serial: { next: number };
  /** The flows whose first real run has asked for a person already: once per flow is enough. */
  askedForHelp: Set<string>;
}

/** Walks every path of every flow of the kiosk's store, one session per path. */
export async function walkEveryFlow(kiosk: DemoKiosk): Promise<FlowWalk> {
  const context: RunContext = {
    kiosk,
    rows: dataRows(kiosk.config, kiosk.store.configFile, kiosk.now()),
    secrets: [],
    filled: new Set(),
    serial: { next: 1 },
    askedForHelp: new Set(),
  };
  const { enabled } = kiosk.config.languages;
  let sessions = 0;
  for (const flow of kiosk.config.flows) {
    // Staff at a console switch assisted mode on for the flows only they may open, as in a store.
    if (flow.assistedOnly) await kiosk.resultOf('kiosk.setAssisted', { assisted: true }, staffAtConsole);
    for (const path of flowPaths(flow)) {
      await walkSession(context, flow, path, enabled[sessions % enabled.length] ?? kiosk.config.languages.default);
      sessions += 1;
    }
    if (flow.assistedOnly) await kiosk.resultOf('kiosk.setAssisted', { assisted: false }, staffAtConsole);
  }
  return { secrets: context.secrets, filled: context.filled, sessions };
}

/** A customer's session: language, home, the flow's introduction, a practice run, the real run, feedback. */
async function walkSession(context: RunContext, flow: Flow, path: FlowPath, language: Language): Promise<void> {
  const { kiosk } = context;
  const { sessionId, seesPilots } = await kiosk.resultOf('session.start', { language });
  const record = (event: RendererUsageEvent) => kiosk.resultOf('usage.record', { sessionId, event });
  const state = kiosk.host.state();
  const assisted = state.state === 'ready' && state.assisted;
  await record({ type: 'language.chosen', language });
  await record({ type: 'screen.viewed', screen: 'home' });
  for (const offered of kiosk.config.flows.filter((each) => each.pilot && isFlowOffered(each, { seesPilots, assisted }))) {
    await record({ type: 'pilot.exposed', flowId: offered.id, assisted });
  }
  if (!isFlowOffered(flow, { seesPilots, assisted })) throw new Error(`flow ${flow.id} is not offered to the walking session`);
  await record({ type: 'screen.viewed', screen: 'benefit' });
  const { figures } = await kiosk.resultOf('flow.figures', {});
  await record({ type: 'benefit.viewed', flowId: flow.id, withFigures: figures.some((figure) => figure.flowId === flow.id && figure.medianSeconds !== null) });
  const tags = { flowId: flow.id, pilot: flow.pilot, assisted };
  const pick = (text: Parameters<typeof textIn>[0]) => textIn(text, language, kiosk.config.languages.default);

  for (const practice of [true, false]) {
    const values: FlowValues = practice ? practiceValues(flow, pick) : {};
    if (practice) await record({ type: 'practice.started', flowId: flow.id });
    await record({ type: 'flow.started', ...tags, practice });
    await record({ type: 'screen.viewed', screen: 'flow' });
    await record({ type: 'flow.step', ...tags, practice, step: path.steps[0]?.id ?? '' });
    if (flow.tutorial.some((mark) => mark.step === path.steps[0]?.id) && practice) {
      await record({ type: 'tutorial.offered', flowId: flow.id, step: path.steps[0]?.id ?? '', trigger: 'firstUse' });
    }
    const realCodes = new Map<string, string>();
    for (const [index, step] of path.steps.entries()) {
      answer(context, { flow, path, step, values, practice, realCodes });
      if (step.action) await runAction(context, { flow, step, values, practice, sessionId });
      const next = nextStep(flow, step, values);
      if (next !== path.steps[index + 1]) throw new Error(`flow ${flow.id} left its path after step ${step.id}`);
      if (next) await record({ type: 'flow.step', ...tags, practice, step: next.id });
    }
    await record({ type: 'flow.completed', ...tags, practice, durationMs: 42_000 });
    if (practice) {
      await record({ type: 'practice.finished', flowId: flow.id, completed: true });
      await record({ type: 'screen.viewed', screen: 'benefit' });
    } else {
      await record({ type: 'screen.viewed', screen: 'thanks' });
    }
  }
  await record({ type: 'feedback.rated', flowId: flow.id, rating: 4, pilot: flow.pilot });
  await record({ type: 'feedback.dimensionRated', flowId: flow.id, dimension: 'empathy', rating: 5 });
  await kiosk.resultOf('session.end', { sessionId, reason: 'completed' });
}

interface StepAt {
  flow: Flow;
  path: FlowPath;
  step: FlowStep;
  values: FlowValues;
  practice: boolean;
  /** This run's real data-file code per field, chosen once. */
  realCodes: Map<string, string>;
}

/** The customer answers the step on screen: chooses the path's option, types, or just reads. */
function answer(context: RunContext, { flow, path, step, values, practice, realCodes }: StepAt): void {
  switch (step.type) {
    case 'choose':
      values[step.field] = path.choices[step.field] ?? '';
      return;
    case 'enterNumber':
      values[step.field] = validNumber(step);
      return;
    case 'enterText':
    case 'scan': {
      context.filled.add(`${flow.id}/${step.id}`);
      const where = `${flow.id}/${step.id}${practice ? ' (practice)' : ''}`;
      const lookup = practice ? undefined : lookupOf(path, step.field);
      if (lookup) {
        const code = realCodes.get(step.field) ?? context.rows.take(lookup.source, pathUsesUp(path, step.field));
        realCodes.set(step.field, code);
        values[step.field] = normalizeText(step.rules, code);
        remember(context, [code, values[step.field] ?? ''], `${where}, a real code from the ${lookup.source} file`, false);
        return;
      }
      const typed = distinctiveText(step, context.serial.next++, (value) => taken(context, value));
      values[step.field] = typed.sent;
      remember(context, [typed.sent, typed.typed, ...typed.parts], where, !practice && isKept(path, step.field));
      return;
    }
    case 'review':
    case 'print':
    case 'info':
      return;
    default: {
      const unknown: never = step;
      throw new Error(`the privacy walker does not know step type ${JSON.stringify(unknown)}`);
    }
  }
}

interface ActionAt {
  flow: Flow;
  step: FlowStep;
  values: FlowValues;
  practice: boolean;
  sessionId: string;
}

/** "Continue" on a step with an action: as goOn does, with a customer who first mistypes a code to look up. */
async function runAction(context: RunContext, { flow, step, values, practice, sessionId }: ActionAt): Promise<void> {
  const { kiosk } = context;
  const action = step.action as FlowActionName;
  const lookup = lookups[action];
  const request = (sent: FlowValues) => kiosk.call('flow.runAction', { sessionId, flowId: flow.id, stepId: step.id, values: sent, practice });
  if (!practice && lookup && 'field' in step && step.field === lookup.field && isTextStep(step)) {
    const mistyped = distinctiveText(step, context.serial.next++, (value) => taken(context, value));
    remember(context, [mistyped.sent, mistyped.typed], `${flow.id}/${step.id}, mistyped`, false);
    const refused = await request({ ...values, [step.field]: mistyped.sent });
    if (refused.ok || refused.error.code !== lookup.unknownCode) {
      throw new Error(`${flow.id}/${step.id} answered a mistyped code with ${JSON.stringify(refused)}, not ${lookup.unknownCode}`);
    }
  }
  if (!practice && !context.askedForHelp.has(flow.id)) {
    // The customer would rather have a person finish this: staff get an alert, the customer a ticket.
    context.askedForHelp.add(flow.id);
    await kiosk.resultOf('help.request', { sessionId, screen: 'flow', reason: 'needHelp' });
  }
  const reply = await request(values);
  if (!reply.ok) throw new Error(`${flow.id}/${step.id}${practice ? ' (practice)' : ''} failed: ${reply.error.code} ${JSON.stringify(reply.error.params)}`);
  const { ticket } = reply.result as { ticket?: { id: string } };
  // The waiting panel follows a ticket the action took.
  if (ticket) {
    await kiosk.resultOf('queue.ticket', { ticketId: ticket.id });
    await kiosk.resultOf('queue.board', {});
  }
}

/** The data file `field` must match on this path, if an action on it looks the field up. */
function lookupOf(path: FlowPath, field: string) {
  for (const step of path.steps) {
    if (!step.action) continue;
    if (!(step.action in lookups)) throw new Error(`the privacy walker does not know action ${step.action}`);
    const lookup = lookups[step.action];
    if (lookup?.field === field) return lookup;
  }
  return undefined;
}

function pathUsesUp(path: FlowPath, field: string): boolean {
  return path.steps.some((step) => step.action !== undefined && lookups[step.action]?.field === field && lookups[step.action]?.usesUp === true);
}

/** Whether an action this path runs keeps `field` for a while, as the store config says. */
function isKept(path: FlowPath, field: string): boolean {
  return path.steps.some((step) => step.action !== undefined && (keptByAction[step.action] ?? []).includes(field));
}

/** A value is taken when it was typed before or when the store's config or data files hold it. */
function taken(context: RunContext, value: string): boolean {
  const folded = value.toLowerCase();
  return context.secrets.some((secret) => secret.text.toLowerCase() === folded) || context.kiosk.storeText.toLowerCase().includes(folded);
}

function remember(context: RunContext, texts: readonly string[], from: string, kept: boolean): void {
  for (const text of new Set(texts)) {
    if (text !== '' && !context.secrets.some((secret) => secret.text === text)) context.secrets.push({ text, from, kept });
  }
}
