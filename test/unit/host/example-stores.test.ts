// The example stores shipped in assets/stores: a shop and a pharmacy, proof that the flow engine
// is not shaped to one business.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { readKioskConfig } from '../../../electron/host/load-kiosk.ts';
import { textsMissingLanguages } from '../../../shared/config/localized-text.ts';
import type { StoreConfig } from '../../../shared/config/store-config.ts';
import { flowActionNames } from '../../../shared/flows/flow-actions.ts';
import { firstStep, nextStep } from '../../../shared/flows/flow-engine.ts';
import { flowStepTypes, type Flow, type FlowStep } from '../../../shared/flows/flow-schema.ts';
import { exampleStoreCopy, exampleStoresDir, openSession, resultOf, runAction } from '../../fixtures/host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const checkCli = join(projectRoot, 'electron/host/config/check-cli.ts');
const exampleStores = ['demo', 'pharmacy'];
/** The languages each example store is written in: the shop in all four, the pharmacy in two. */
const storeLanguages: Record<string, string[]> = { demo: ['es', 'en', 'ar', 'fr'], pharmacy: ['es', 'en'] };

function configOf(name: string): StoreConfig {
  const verdict = readKioskConfig(join(exampleStoresDir, name, 'store.json'));
  if (!verdict.ok) throw new Error(`${name} is refused: ${JSON.stringify(verdict.state)}`);
  return verdict.config;
}

/** The steps a flow can lead to from `step`: one per option of a choice, else the one next. */
function successors(flow: Flow, step: FlowStep): (FlowStep | undefined)[] {
  if (step.type === 'choose') return step.options.map((option) => nextStep(flow, step, { [step.field]: option.value }));
  return [nextStep(flow, step, {})];
}

function reachableStepIds(flow: Flow): Set<string> {
  const reached = new Set<string>();
  const waiting = [firstStep(flow)];
  for (let step = waiting.pop(); step; step = waiting.pop()) {
    if (reached.has(step.id)) continue;
    reached.add(step.id);
    for (const next of successors(flow, step)) if (next) waiting.push(next);
  }
  return reached;
}

describe.each(exampleStores)('the %s example store', (name) => {
  it('passes the config checker', () => {
    const result = spawnSync(process.execPath, [checkCli, `assets/stores/${name}/store.json`], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ /);
  });

  it('has every text, in the config and in its data files, in every enabled language', () => {
    const config = configOf(name);
    const enabled = config.languages.enabled;
    expect(enabled).toEqual(storeLanguages[name]);
    const raw: unknown = JSON.parse(readFileSync(join(exampleStoresDir, name, 'store.json'), 'utf8'));
    expect(textsMissingLanguages(raw, enabled)).toEqual([]);
    for (const file of Object.values(config.data)) {
      const data: unknown = JSON.parse(readFileSync(join(exampleStoresDir, name, file), 'utf8'));
      expect(textsMissingLanguages(data, enabled), file).toEqual([]);
    }
  });

  it('lets every step of every flow be reached from its first step', () => {
    for (const flow of configOf(name).flows) {
      expect([...reachableStepIds(flow)].sort(), flow.id).toEqual(flow.steps.map((step) => step.id).sort());
    }
  });
});

describe('the example stores together', () => {
  it('use every step type and every action there is, so each is shown working somewhere', () => {
    const steps = exampleStores.flatMap((name) => configOf(name).flows.flatMap((flow) => flow.steps));
    expect(new Set(steps.map((step) => step.type))).toEqual(new Set(flowStepTypes));
    expect(new Set(steps.flatMap((step) => (step.action ? [step.action] : [])))).toEqual(new Set(flowActionNames));
  });

  it('are different businesses with their own queues', () => {
    const [shop, pharmacy] = exampleStores.map(configOf);
    const prefixes = (config: StoreConfig | undefined) => config?.queue.services.map((service) => service.prefix);
    expect(prefixes(pharmacy)).toEqual(['F', 'V', 'T', 'R']);
    expect(prefixes(shop)).not.toEqual(prefixes(pharmacy));
  });
});

describe('the pharmacy, run by the host', () => {
  async function pharmacy(): Promise<{ host: Host; sessionId: string }> {
    // Its tests take more tickets in one visit than the store lets a customer take.
    const { host } = tempHost({ store: exampleStoreCopy('pharmacy', { 'pilots.share': 1, 'queue.ticketLimits': { perSession: 10, perMinute: 30 } }) });
    return { host, sessionId: await openSession(host) };
  }

  const ticketOf = async (reply: ReturnType<typeof runAction>) => {
    const settled = await reply;
    if (!settled.ok) throw new Error(settled.error.code);
    return (settled.result as { facts: { id: string; value: unknown }[] }).facts.find((fact) => fact.id === 'ticketNumber')?.value;
  };

  it('finds a reserved order by its number, typed with spaces', async () => {
    const kiosk = await pharmacy();
    expect(await runAction(kiosk.host, kiosk.sessionId, { flowId: 'prescription-pickup', stepId: 'code' }, { orderCode: '7305 5188' })).toMatchObject({
      ok: true,
      result: { facts: [{ id: 'itemCount', value: 1 }, { id: 'collectionPoint', value: { en: 'Refrigerated locker 3' } }] },
    });
  });

  it('refuses an order number with one digit mistyped, by its Luhn check digit', async () => {
    const kiosk = await pharmacy();
    expect(await runAction(kiosk.host, kiosk.sessionId, { flowId: 'prescription-pickup', stepId: 'code' }, { orderCode: '73055189' })).toMatchObject({
      ok: false,
      error: { code: 'flow.invalidValue', params: { field: 'orderCode' } },
    });
  });

  it('numbers advice, vaccination and blood-pressure tickets apart, help joining the pharmacist queue', async () => {
    const { host, sessionId } = await pharmacy();
    const take = (queueService: string) => ticketOf(runAction(host, sessionId, { flowId: 'ask-pharmacist', stepId: 'take' }, { queueService }));
    expect(await take('vaccination')).toBe('V001');
    expect(await take('pharmacist')).toBe('F001');
    expect(await ticketOf(runAction(host, sessionId, { flowId: 'blood-pressure', stepId: 'who' }, { measureHow: 'staff', queueService: 'blood-pressure' }))).toBe('T001');
    expect((await resultOf(host, 'help.request', { sessionId, screen: 'flow' })).ticket.number).toBe('F002');
  });

  it('files feedback with a ticket for the pharmacist in charge', async () => {
    const { host, sessionId } = await pharmacy();
    const values = { complaintCategory: 'privacy', complaintText: 'Se oía todo en el mostrador', contactWanted: 'no' };
    expect(await ticketOf(runAction(host, sessionId, { flowId: 'feedback', stepId: 'review' }, values))).toBe('R001');
  });
});
