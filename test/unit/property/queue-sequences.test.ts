// Random sequences of valid queue calls (customers take tickets and ask for help, staff open,
// pause and close counters, call, recall, serve, transfer, post delays; time passes) against a
// fresh real host each run and a model of the queue: every answer is the one the model predicts,
// and after each sequence the board is the model's, the queue folded again from its log is the
// live one, every log is gapless and the usage log holds one fact per ticket issued, called, served.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { storeConfigSchema } from '../../../shared/config/store-config.ts';
import type { MethodName } from '../../../shared/host-api/contract.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { tempStore, type TempStore } from '../../fixtures/store-config.ts';
import { fuzzStoreConfig } from './fuzz-host.ts';
import { expectLogsIntact, expectQueueMatchesLog } from './log-checks.ts';
import { check } from './property-runs.ts';
import * as queue from './queue-model.ts';
import type { Expected, QueueModel } from './queue-model.ts';
import { expectTypedReply } from './reply-oracle.ts';

interface Real {
  host: Host;
  store: TempStore;
  /** The host's clock, which Wait moves. */
  clock: { at: number };
}

const configInput = fuzzStoreConfig();
const config = storeConfigSchema.parse(configInput).queue;
const services = config.services.map((service) => service.id);
const customer: Principal = { role: 'customer' };
const staff: Principal = { role: 'staff', staffId: 'ana', device: 'console' };

/** Calls the host, checks the reply is typed at all, then that it is what the model expected. */
async function expectCall<T>(real: Real, method: MethodName, input: object, as: Principal, expected: Expected<T>): Promise<ReplyEnvelope> {
  const envelope = { id: 1, method, input };
  const reply = expectTypedReply(envelope, await real.host.dispatch(envelope, as), as).reply;
  const about = `${method} ${JSON.stringify(input)}`;
  if (expected.ok) expect(reply.ok ? 'ok' : reply.error.code, about).toBe('ok');
  else expect(reply.ok ? 'ok' : reply.error.code, about).toBe(expected.code);
  return reply;
}

/** The printed number (and the id the host gave) of the ticket in a reply. */
function expectNumber(reply: ReplyEnvelope, expected: Expected<queue.ModelTicket>): void {
  if (!reply.ok || !expected.ok) return;
  const ticket = (reply.result as { ticket: { id: string; number: string } }).ticket;
  expect(ticket.number).toBe(expected.value.id);
  if (expected.value.hostId === '') expected.value.hostId = ticket.id;
  else expect(ticket.id).toBe(expected.value.hostId);
}

type Command = fc.AsyncCommand<QueueModel, Real>;

function command(name: string, run: (model: QueueModel, real: Real) => Promise<void>): Command {
  return { check: () => true, run, toString: () => name };
}

/** Mostly the store's counters, now and then one it does not have. */
const counter = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...config.counters.map((each) => each.id)) }, { weight: 1, arbitrary: fc.constant('desk-9') });
/** A ticket as staff type it: a number that may exist, in any case, with spaces. */
const reference = fc
  .tuple(fc.constantFrom(...config.services.map((service) => service.prefix)), fc.integer({ min: 1, max: 4 }), fc.constantFrom('', ' ', 'lower'))
  .map(([prefix, count, style]) => {
    const number = `${prefix}${String(count).padStart(3, '0')}`;
    return style === 'lower' ? number.toLowerCase() : `${number}${style}`;
  });

const commandKinds: Array<fc.Arbitrary<Command>> = [
  fc.tuple(fc.constantFrom(...services), fc.constantFrom(undefined, 'accessibility')).map(([service, priority]) =>
    command(`takeTicket(${service}, ${priority})`, async (model, real) => {
      const expected = queue.issue(model, service, 'service', priority);
      expectNumber(await expectCall(real, 'queue.takeTicket', { service, ...(priority ? { priority } : {}) }, customer, expected), expected);
    }),
  ),
  fc.constant(
    command('help.request', async (model, real) => {
      const expected = queue.issue(model, config.helpService ?? services[0] ?? '', 'help', undefined);
      expectNumber(await expectCall(real, 'help.request', { sessionId: null, screen: 'home' }, customer, expected), expected);
    }),
  ),
  fc.tuple(counter, fc.option(fc.subarray(services, { minLength: 1 }), { nil: undefined })).map(([desk, serves]) =>
    command(`counter.open(${desk}, ${serves?.join('+') ?? 'its own'})`, async (model, real) => {
      await expectCall(real, 'counter.open', { counter: desk, ...(serves ? { services: serves } : {}) }, staff, queue.openCounter(model, desk, serves));
    }),
  ),
  counter.map((desk) => command(`counter.pause(${desk})`, async (model, real) => void (await expectCall(real, 'counter.pause', { counter: desk, reason: 'break' }, staff, queue.pauseCounter(model, desk))))),
  counter.map((desk) => command(`counter.close(${desk})`, async (model, real) => void (await expectCall(real, 'counter.close', { counter: desk }, staff, queue.closeCounter(model, desk))))),
  counter.map((desk) =>
    command(`queue.callNext(${desk})`, async (model, real) => {
      const expected = queue.callNext(model, desk);
      expectNumber(await expectCall(real, 'queue.callNext', { counter: desk }, staff, expected), expected);
    }),
  ),
  fc.tuple(counter, reference).map(([desk, ticket]) =>
    command(`queue.call(${desk}, "${ticket}")`, async (model, real) => {
      const expected = queue.callTicket(model, desk, ticket);
      expectNumber(await expectCall(real, 'queue.call', { counter: desk, ticket }, staff, expected), expected);
    }),
  ),
  counter.map((desk) => command(`queue.recall(${desk})`, async (model, real) => void (await expectCall(real, 'queue.recall', { counter: desk }, staff, queue.recall(model, desk))))),
  counter.map((desk) => command(`queue.startServing(${desk})`, async (model, real) => void (await expectCall(real, 'queue.startServing', { counter: desk }, staff, queue.startServing(model, desk))))),
  fc.tuple(counter, fc.constantFrom('queue.served', 'queue.noShow') as fc.Arbitrary<'queue.served' | 'queue.noShow'>).map(([desk, method]) =>
    command(`${method}(${desk})`, async (model, real) => {
      const expected = queue.finish(model, desk, method === 'queue.served' ? 'served' : 'noShow');
      expectNumber(await expectCall(real, method, { counter: desk }, staff, expected), expected);
    }),
  ),
  reference.map((ticket) => command(`queue.recordOutcome("${ticket}")`, async (model, real) => void (await expectCall(real, 'queue.recordOutcome', { ticket, outcome: 'resolved' }, staff, queue.recordOutcome(model, ticket))))),
  fc.tuple(reference, fc.option(fc.constantFrom(...services, 'gone-service'), { nil: undefined }), fc.option(counter, { nil: undefined })).map(([ticket, service, desk]) =>
    command(`queue.transfer("${ticket}", ${service}, ${desk})`, async (model, real) => {
      if (service === undefined && desk === undefined) return;
      const input = { ticket, ...(service ? { service } : {}), ...(desk ? { counter: desk } : {}) };
      await expectCall(real, 'queue.transfer', input, staff, queue.transfer(model, ticket, service, desk));
    }),
  ),
  fc.option(fc.constantFrom(...services), { nil: undefined }).map((service) =>
    command(`queue.postDelay(${service})`, async (model, real) => {
      const reply = await expectCall(real, 'queue.postDelay', { ...(service ? { service } : {}), reason: { es: 'Un momento', en: 'One moment' } }, staff, { ok: true, value: undefined });
      if (reply.ok) model.delays.push((reply.result as { delay: { id: string } }).delay.id);
    }),
  ),
  fc.nat().map((pick) =>
    command(`queue.clearDelay(#${pick})`, async (model, real) => {
      const delay = model.delays.length === 0 ? 'no-such-delay' : (model.delays.splice(pick % model.delays.length, 1)[0] as string);
      await expectCall(real, 'queue.clearDelay', { delay }, staff, delay === 'no-such-delay' ? { ok: false, code: 'queue.unknownDelay' } : { ok: true, value: undefined });
    }),
  ),
  fc.integer({ min: 1, max: 15 }).map((minutes) =>
    command(`wait(${minutes} min)`, async (model, real) => {
      model.now += minutes * 60_000;
      real.clock.at = model.now;
    }),
  ),
];

/** Commands aimed by the model at someone who is there: a waiting ticket, a counter's customer, a served ticket. */
const openCounters = config.counters.map((each) => each.id);
const aimedKinds: Array<fc.Arbitrary<Command>> = [
  fc.tuple(fc.nat(), fc.nat()).map(([pick, deskPick]) => ({
    check: (model: Readonly<QueueModel>) => model.waiting.size > 0,
    run: async (model: QueueModel, real: Real) => {
      const ticket = [...model.waiting.keys()][pick % model.waiting.size] as string;
      const desk = openCounters[deskPick % openCounters.length] as string;
      const expected = queue.callTicket(model, desk, ticket);
      expectNumber(await expectCall(real, 'queue.call', { counter: desk, ticket }, staff, expected), expected);
    },
    toString: () => `queue.call(waiting #${pick}, counter #${deskPick})`,
  })),
  fc.tuple(fc.nat(), fc.constantFrom('queue.served', 'queue.noShow', 'queue.startServing', 'queue.recall') as fc.Arbitrary<'queue.served' | 'queue.noShow' | 'queue.startServing' | 'queue.recall'>).map(([pick, method]) => ({
    check: (model: Readonly<QueueModel>) => [...model.counters.values()].some((desk) => desk.serving),
    run: async (model: QueueModel, real: Real) => {
      const busy = [...model.counters.entries()].filter(([, desk]) => desk.serving).map(([id]) => id);
      const desk = busy[pick % busy.length] as string;
      const expected =
        method === 'queue.startServing' ? queue.startServing(model, desk) : method === 'queue.recall' ? queue.recall(model, desk) : queue.finish(model, desk, method === 'queue.served' ? 'served' : 'noShow');
      expectNumber(await expectCall(real, method, { counter: desk }, staff, expected), expected);
    },
    toString: () => `${method}(busy counter #${pick})`,
  })),
  fc.tuple(fc.nat(), fc.option(fc.constantFrom(...services), { nil: undefined }), fc.option(fc.constantFrom(...openCounters), { nil: undefined })).map(([pick, service, desk]) => ({
    check: (model: Readonly<QueueModel>) => model.waiting.size + model.gone.size > 0 && (service !== undefined || desk !== undefined),
    run: async (model: QueueModel, real: Real) => {
      const known = [...model.waiting.keys(), ...model.gone.keys(), ...[...model.counters.values()].flatMap((each) => (each.serving ? [each.serving.id] : []))];
      const ticket = known[pick % known.length] as string;
      const input = { ticket, ...(service ? { service } : {}), ...(desk ? { counter: desk } : {}) };
      await expectCall(real, 'queue.transfer', input, staff, queue.transfer(model, ticket, service, desk));
    },
    toString: () => `queue.transfer(known #${pick}, ${service}, ${desk})`,
  })),
  fc.nat().map((pick) => ({
    check: (model: Readonly<QueueModel>) => model.gone.size > 0,
    run: async (model: QueueModel, real: Real) => {
      const ticket = [...model.gone.keys()][pick % model.gone.size] as string;
      await expectCall(real, 'queue.recordOutcome', { ticket, outcome: 'pending' }, staff, queue.recordOutcome(model, ticket));
    },
    toString: () => `queue.recordOutcome(finished #${pick})`,
  })),
];

/** How often each kind of command comes, by its place above: tickets and calls most, so lines form and move. */
const weights = [4, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 1, 1];
// fc.commands draws evenly from its list: a kind listed twice comes twice as often.
const commands = [...commandKinds, ...aimedKinds].flatMap((kind, index) => Array.from({ length: weights[index] ?? 1 }, () => kind));

/** After a sequence: the board is the model's, the log folds to the live queue, and the usage log counted every ticket fact. */
async function expectHostMatches(model: QueueModel, real: Real): Promise<void> {
  const board = await real.host.dispatch({ id: 'board', method: 'queue.board', input: {} }, customer);
  if (!board.ok) throw new Error(`queue.board failed: ${board.error.code}`);
  const shown = (board.result as { board: { counters: Array<{ id: string; status: string; services: string[]; serving: { number: string } | null }>; services: Array<{ id: string; waiting: number; next: string[] }> } }).board;
  expect({
    counters: shown.counters.map(({ id, status, services: serves, serving }) => ({ id, status, services: serves, serving: serving?.number ?? null })),
    services: shown.services.map(({ id, waiting, next }) => ({ id, waiting, next })),
  }).toEqual(queue.boardOf(model));
  expectLogsIntact(real.host, real.store.dataDir);
  await expectQueueMatchesLog(real.host, real.store.dataDir, config);
  const facts = { issued: 0, called: 0, served: 0, noShow: 0 };
  for (const { event } of real.host.usageLog.read({ limit: 100_000 })) {
    if (event.type === 'ticket.issued') facts.issued += 1;
    if (event.type === 'ticket.called') facts.called += 1;
    if (event.type === 'ticket.served') facts.served += 1;
    if (event.type === 'ticket.noShow') facts.noShow += 1;
  }
  expect(facts, 'ticket facts in the usage log').toEqual(model.facts);
}

describe('random sequences of queue calls', () => {
  it('answer as the model of the queue says, and leave the board, the queue log and the usage log in agreement', async () => {
    // Ten in the morning, local time: the queue day (from 04:00) cannot end within a sequence.
    const start = new Date(2026, 2, 2, 10, 0, 0).getTime();
    await check(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 50, size: 'max' }), async (sequence) => {
        const store = tempStore(configInput);
        const clock = { at: start };
        const faults: string[] = [];
        const now = () => new Date(clock.at);
        const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test', now, reportFault: (method, fault) => faults.push(`${method}: ${String(fault)}`) });
        const real: Real = { host, store, clock };
        try {
          const model = queue.createQueueModel(config, start);
          await fc.asyncModelRun(() => ({ model, real }), sequence);
          await expectHostMatches(model, real);
          expect(faults, 'faults the host reported').toEqual([]);
        } finally {
          host.close();
          store.remove();
        }
      }),
      30,
    );
  }, 60_000);
});
