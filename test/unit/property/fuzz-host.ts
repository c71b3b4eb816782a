// A real host on a temp folder for the random-call properties, with what they need around it:
// hints that point random inputs at things this store has (its sessions, counters, services,
// flows, ticket numbers), a ledger of what succeeded, and the checks that every log kept it all.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { storeConfigSchema, type StoreConfig } from '../../../shared/config/store-config.ts';
import { hostMethods, methodNames, type MethodName } from '../../../shared/host-api/contract.ts';
import type { Role } from '../../../shared/host-api/roles.ts';
import { rendererUsageEventSchema, usageEventSchema } from '../../../shared/usage/events.ts';
import { orderFixture, queueConfigFixture, storeConfigFixture } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { expectLogsIntact, expectQueueMatchesLog } from './log-checks.ts';
import type { Verdict } from './reply-oracle.ts';
import type { FieldHints } from './schema-arbitraries.ts';

/** The test store, with ticket limits as high as the config allows: the properties are about calls, not floods. */
export function fuzzStoreConfig() {
  return storeConfigFixture({ queue: queueConfigFixture({ ticketLimits: { perSession: 20, perMinute: 600 } }) });
}

/** Field values this store knows, mixed with a few it does not, so inputs reach past the look-ups. */
function storeHints(config: StoreConfig, sessions: readonly string[]): FieldHints {
  const services = config.queue.services.map((service) => service.id);
  const counters = config.queue.counters.map((counter) => counter.id);
  const prefixes = config.queue.services.map((service) => service.prefix);
  const ticketNumbers = fc.tuple(fc.constantFrom(...prefixes), fc.integer({ min: 1, max: 12 })).map(([prefix, count]) => `${prefix}${String(count).padStart(3, '0')}`);
  const flows = config.flows.map((flow) => flow.id);
  const steps = config.flows.flatMap((flow) => flow.steps.map((step) => step.id));
  return {
    sessionId: fc.constantFrom(...sessions, 'AAAAAAAAAAAA'),
    service: fc.constantFrom(...services, 'no-such-service'),
    counter: fc.constantFrom(...counters, 'desk-99'),
    ticket: fc.oneof(ticketNumbers, fc.constant('Z999')),
    ticketId: fc.oneof(ticketNumbers, fc.uuid()),
    priority: fc.constantFrom(...config.queue.priorityClasses.map((each) => each.id), 'vip'),
    flowId: fc.constantFrom(...flows, 'no-such-flow'),
    stepId: fc.constantFrom(...steps),
    values: fc.constantFrom({}, { orderCode: orderFixture.code }, { orderCode: 'ZZZZZZ' }, { complaintText: 'The machine ate my card' }),
  };
}

const rendererTypes = new Set<string>(rendererUsageEventSchema.options.map((option) => option.shape.type.value));

/** Whether a successful call of `method` is a staff action the audit must hold (as electron/host/audit/action-audit.ts says). */
function isAudited(method: MethodName): boolean {
  const spec = hostMethods[method];
  return !('readOnly' in spec) && !(spec.roles as readonly string[]).includes('customer');
}

export interface FuzzHost {
  host: Host;
  /** The temp folder of the store config, for a test's own files beside it. */
  storeDir: string;
  config: StoreConfig;
  hints: FieldHints;
  /** Faults the host reported: a handler that threw something that is not a HostError. */
  faults: Array<{ method: string; fault: unknown }>;
  /** Notes what `expectTypedReply` found: a call that ran, with the input the host received, and its reply. */
  note(verdict: Verdict): void;
  /** Every method some role of `roles` may call has run at least once (passed its checks and reached its handler). */
  expectEveryMethodRan(roles: readonly Role[]): void;
  /** Every log intact, the queue equal to its log folded, nothing that succeeded missing from its log. */
  expectConsistent(): Promise<void>;
}

export async function startFuzzHost(): Promise<FuzzHost> {
  const faults: FuzzHost['faults'] = [];
  const configInput = fuzzStoreConfig();
  const config = storeConfigSchema.parse(configInput);
  const { host, store } = tempHost({ config: configInput, reportFault: (method, fault) => faults.push({ method, fault }) });
  const sessions: string[] = [];
  for (const language of ['es', 'en', 'es'] as const) {
    const reply = await host.dispatch({ id: 0, method: 'session.start', input: { language } }, { role: 'customer' });
    if (!reply.ok) throw new Error(`session.start failed: ${reply.error.code}`);
    sessions.push((reply.result as { sessionId: string }).sessionId);
  }
  const recorded: string[] = [];
  const ran = new Set<string>();
  let auditedActions = 0;
  const before = expectLogsIntact(host, store.dataDir);
  const renderedBefore = host.usageLog.read({ limit: 100_000 }).filter((stored) => rendererTypes.has(stored.event.type)).length;

  return {
    host,
    storeDir: store.dir,
    config,
    hints: storeHints(config, sessions),
    faults,
    note(verdict) {
      if (verdict.ran) ran.add(verdict.ran.method);
      if (!verdict.reply.ok || verdict.ran === undefined) return;
      const { method, input } = verdict.ran;
      if (method === 'usage.record') {
        const { sessionId, event } = hostMethods['usage.record'].input.parse(input);
        recorded.push(JSON.stringify({ sessionId, event: usageEventSchema.parse(event) }));
      }
      if (isAudited(method as MethodName)) auditedActions += 1;
    },
    expectEveryMethodRan(roles) {
      const callable = methodNames.filter((method) => (hostMethods[method].roles as readonly Role[]).some((role) => roles.includes(role)));
      expect(callable.filter((method) => !ran.has(method)), 'methods no call reached').toEqual([]);
    },
    async expectConsistent() {
      expect(faults, 'faults the host reported').toEqual([]);
      const after = expectLogsIntact(host, store.dataDir);
      expect(after.auditCount - before.auditCount, 'audit entries for the staff actions that succeeded').toBe(auditedActions);
      const rendered = host.usageLog
        .read({ limit: 100_000 })
        .filter((stored) => rendererTypes.has(stored.event.type))
        .slice(renderedBefore)
        .map((stored) => JSON.stringify({ sessionId: stored.sessionId, event: stored.event }));
      expect(rendered.sort(), 'usage events recorded, read back').toEqual([...recorded].sort());
      await expectQueueMatchesLog(host, store.dataDir, config.queue);
    },
  };
}
