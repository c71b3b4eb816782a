import { describe, expect, it, vi } from 'vitest';
import { createCounterDesk } from '../../../renderer/console/counter/counter-desk.ts';
import { runCommand } from '../../../renderer/console/counter/desk-commands.ts';
import { settleMs } from '../../../renderer/console/counter/follow-counter.ts';
import { followSession } from '../../../renderer/console/sign-in/follow-session.ts';
import { consoleRig, type ConsoleRig, type ConsoleUnderTest } from './console-fixture.ts';

/** A console following counter desk-1 of the demo store, its first view read. */
async function atDesk(rig: ConsoleRig = consoleRig()) {
  const counter = rig.openConsole();
  counter.staffConsole.counterChoice.getState().chose('desk-1');
  const desk = createCounterDesk(counter.staffConsole, 'desk-1');
  const leave = desk.follow();
  await vi.waitFor(() => expect(view(counter)).not.toBeNull());
  return { rig, counter, desk, leave };
}

/** Tickets taken at the kiosk, once the desk shows them. */
async function ticketsTaken(rig: ConsoleRig, counter: ConsoleUnderTest, count: number): Promise<void> {
  const before = view(counter)?.waiting.length ?? 0;
  for (let ticket = 0; ticket < count; ticket += 1) await rig.operator('queue.takeTicket', { service: 'customer-service' });
  rig.clock.advance(settleMs);
  await vi.waitFor(() => expect(view(counter)?.waiting).toHaveLength(before + count));
}

/** At the desk with A001 taken, called and just served, so that its follow-up shows. */
async function justServed() {
  const atCounter = await atDesk();
  const { rig, counter, desk } = atCounter;
  await ticketsTaken(rig, counter, 1);
  await desk.callNext();
  await vi.waitFor(() => expect(view(counter)?.serving?.number).toBe('A001'));
  const ticket = view(counter)?.serving?.id ?? '';
  expect(await desk.served()).toBe(true);
  return { ...atCounter, ticket };
}

const view = (counter: ConsoleUnderTest) => counter.staffConsole.queue.getState().view;
const waitingNumbers = (counter: ConsoleUnderTest) => view(counter)?.waiting.map((ticket) => ticket.number);
const reads = (counter: ConsoleUnderTest) => counter.methods().filter((method) => method === 'queue.counterQueue').length;

describe('a counter desk', () => {
  it("follows the counter's queue live: a ticket taken at the kiosk shows after the next change settles", async () => {
    const { rig, counter } = await atDesk();
    expect(waitingNumbers(counter)).toEqual([]);
    await rig.operator('queue.takeTicket', { service: 'customer-service' });
    rig.clock.advance(settleMs);
    await vi.waitFor(() => expect(waitingNumbers(counter)).toEqual(['A001']));
  });

  it('reads a burst of changes once, after it settles', async () => {
    const { rig, counter } = await atDesk();
    const before = reads(counter);
    for (let ticket = 0; ticket < 5; ticket += 1) await rig.operator('queue.takeTicket', { service: 'product-advice' });
    expect(reads(counter)).toBe(before);
    rig.clock.advance(settleMs);
    await vi.waitFor(() => expect(waitingNumbers(counter)).toHaveLength(5));
    expect(reads(counter)).toBe(before + 1);
  });

  it('reads the counter again whenever its event socket opens, for what was pushed while it was closed', async () => {
    const { rig, counter } = await atDesk();
    // Pushed to nobody: this console's socket is "closed" while the ticket is taken.
    counter.staffConsole.queue.getState().counterLeft();
    await rig.operator('queue.takeTicket', { service: 'customer-service' });
    counter.reopenEvents();
    await vi.waitFor(() => expect(waitingNumbers(counter)).toEqual(['A001']));
  });

  it('calls the next ticket with one key, and sends "done" at once with another: the counter is free, the follow-up shows', async () => {
    const { rig, counter, desk } = await atDesk();
    await ticketsTaken(rig, counter, 1);
    expect(runCommand(counter.staffConsole, desk, 'callNext')).toBe(true);
    await vi.waitFor(() => expect(view(counter)?.serving?.number).toBe('A001'));
    expect(counter.staffConsole.desk.getState().notice).toMatchObject({ action: 'callNext', number: 'A001' });
    const ticket = view(counter)?.serving?.id ?? '';

    expect(runCommand(counter.staffConsole, desk, 'served')).toBe(true);
    await vi.waitFor(() => expect(counter.staffConsole.desk.getState().followUp).toEqual({ id: ticket, number: 'A001', service: 'customer-service' }));
    expect(counter.calls.filter((call) => call.method === 'queue.served')).toEqual([{ method: 'queue.served', input: { counter: 'desk-1' } }]);
    expect((await rig.operator('queue.ticket', { ticketId: ticket })).ticket.state).toBe('served');
    await vi.waitFor(() => expect(view(counter)?.serving).toBeNull());
  });

  it('records the outcome the follow-up chose for the ticket just served, then puts the follow-up away', async () => {
    const { counter, desk, ticket } = await justServed();

    expect(runCommand(counter.staffConsole, desk, 'servedPending')).toBe(true);
    await vi.waitFor(() => expect(counter.staffConsole.desk.getState().followUp).toBeNull());
    expect(counter.calls.filter((call) => call.method === 'queue.recordOutcome')).toEqual([
      { method: 'queue.recordOutcome', input: { ticket, outcome: 'pending' } },
    ]);
    expect(counter.staffConsole.desk.getState()).toMatchObject({ problem: null, notice: { action: 'recordOutcome', number: 'A001' } });
    // Nothing more to answer: the follow-up's keys are free again.
    expect(runCommand(counter.staffConsole, desk, 'servedResolved')).toBe(false);
  });

  it('records the services given from their dialog, or keeps the follow-up to show why the host refused them', async () => {
    const { counter, desk } = await justServed();
    expect(runCommand(counter.staffConsole, desk, 'servicesGiven')).toBe(true);
    expect(counter.staffConsole.desk.getState()).toMatchObject({ dialog: 'servicesGiven', followUp: { number: 'A001' } });

    expect(await desk.recordOutcome({ servicesGiven: ['no-such-service'] })).toBe(false);
    expect(counter.staffConsole.desk.getState()).toMatchObject({
      problem: { action: 'recordOutcome', error: { code: 'queue.unknownService' } },
      followUp: { number: 'A001' },
    });
    expect(await desk.recordOutcome({ servicesGiven: ['customer-service', 'product-advice'], outcome: 'resolved' })).toBe(true);
    expect(counter.staffConsole.desk.getState()).toMatchObject({ problem: null, followUp: null });
  });

  it('puts the follow-up away, recording nothing, when the next ticket is called even before the counter is read again', async () => {
    const { rig, counter, desk } = await atDesk();
    await ticketsTaken(rig, counter, 2);
    await desk.callNext();
    await vi.waitFor(() => expect(view(counter)?.serving?.number).toBe('A001'));
    const readBefore = view(counter);
    await desk.served();
    // Until the counter is read again, the console still sees A001 at it: the counter is free all the same.
    if (readBefore) counter.staffConsole.queue.getState().viewLoaded(readBefore);
    expect(runCommand(counter.staffConsole, desk, 'callNext')).toBe(true);
    expect(counter.staffConsole.desk.getState().followUp).toBeNull();
    await vi.waitFor(() => expect(view(counter)?.serving?.number).toBe('A002'));
    const sent = counter.methods().filter((method) => method.startsWith('queue.') && method !== 'queue.counterQueue');
    expect(sent).toEqual(['queue.callNext', 'queue.served', 'queue.callNext']);
  });

  it('skips the follow-up with Escape, sending nothing more: the ticket stays served', async () => {
    const { rig, counter, desk, ticket } = await justServed();
    const before = counter.calls.length;

    expect(runCommand(counter.staffConsole, desk, 'skipFollowUp')).toBe(true);
    expect(counter.staffConsole.desk.getState().followUp).toBeNull();
    expect(runCommand(counter.staffConsole, desk, 'skipFollowUp')).toBe(false);
    expect(counter.calls.slice(before).filter((call) => call.method !== 'queue.counterQueue')).toEqual([]);
    expect((await rig.operator('queue.ticket', { ticketId: ticket })).ticket.state).toBe('served');
  });

  it('carries on past the follow-up with any other action: the list of keys leaves it, calling a number puts it away', async () => {
    const { counter, desk } = await justServed();
    expect(runCommand(counter.staffConsole, desk, 'shortcuts')).toBe(true);
    expect(counter.staffConsole.desk.getState().followUp).toMatchObject({ number: 'A001' });
    counter.staffConsole.desk.getState().dialogClosed();
    expect(runCommand(counter.staffConsole, desk, 'callTicket')).toBe(true);
    expect(counter.staffConsole.desk.getState()).toMatchObject({ dialog: 'callTicket', followUp: null });
    expect(counter.methods()).not.toContain('queue.recordOutcome');
  });

  it('does nothing for a key whose action makes no sense now, and sends nothing', async () => {
    const { counter, desk } = await atDesk();
    const before = counter.calls.length;
    for (const command of ['recall', 'startServing', 'noShow', 'served', 'servedResolved', 'servicesGiven', 'skipFollowUp', 'open'] as const) {
      expect(runCommand(counter.staffConsole, desk, command), command).toBe(false);
    }
    expect(counter.calls.length).toBe(before);
  });

  it("shows the host's refusal as its code, and keeps working", async () => {
    const { counter, desk } = await atDesk();
    expect(await desk.callTicket('Z999')).toBe(false);
    expect(counter.staffConsole.desk.getState()).toMatchObject({ busy: null, problem: { action: 'callTicket', error: { code: 'queue.unknownTicket' } } });
  });

  it('pauses with a reason and opens again, and posts and clears a delay in two languages', async () => {
    const { counter, desk } = await atDesk();
    expect(await desk.pause('meal')).toBe(true);
    await vi.waitFor(() => expect(view(counter)?.counter).toMatchObject({ status: 'paused', pauseReason: 'meal' }));
    expect(await desk.open()).toBe(true);
    await vi.waitFor(() => expect(view(counter)?.counter.status).toBe('open'));

    expect(await desk.postDelay({ es: 'Sistema lento', en: 'Slow system' }, 'customer-service')).toBe(true);
    await vi.waitFor(() => expect(view(counter)?.delays).toEqual([expect.objectContaining({ service: 'customer-service', reason: { es: 'Sistema lento', en: 'Slow system' } })]));
    const [delay] = view(counter)?.delays ?? [];
    expect(await desk.clearDelay(delay?.id ?? '')).toBe(true);
    await vi.waitFor(() => expect(view(counter)?.delays).toEqual([]));
  });

  it('goes back to sign-in when the session lapses, keeping the counter this browser sits at', async () => {
    const { rig, counter } = await atDesk();
    counter.lapse();
    await rig.operator('queue.takeTicket', { service: 'customer-service' });
    rig.clock.advance(settleMs);
    await vi.waitFor(() => expect(counter.staffConsole.session.getState().current).toEqual({ phase: 'signedOut', reason: 'expired' }));
    expect(counter.staffConsole.counterChoice.getState()).toMatchObject({ counter: 'desk-1', picking: false });
    expect(counter.memory.read('atiende.console.counter')).toBe('desk-1');
  });

  it('notices a session that ended while the console only listened, when the host closes its event socket', async () => {
    const { counter } = await atDesk();
    const stop = followSession(counter.staffConsole);
    counter.closeEvents(1006);
    await vi.waitFor(() => expect(counter.methods()).toContain('staff.me'));
    expect(counter.staffConsole.session.getState().current.phase).toBe('signedIn');
    counter.lapse();
    counter.closeEvents(4401);
    await vi.waitFor(() => expect(counter.staffConsole.session.getState().current).toEqual({ phase: 'signedOut', reason: 'expired' }));
    stop();
  });

  it('stops following the counter when it leaves, and shows no follow-up of the last counter at the next', async () => {
    const { rig, counter, leave } = await justServed();
    leave();
    const after = reads(counter);
    await rig.operator('queue.takeTicket', { service: 'customer-service' });
    rig.clock.advance(settleMs);
    expect(reads(counter)).toBe(after);

    const next = createCounterDesk(counter.staffConsole, 'desk-2');
    const stop = next.follow();
    expect(counter.staffConsole.desk.getState().followUp).toBeNull();
    stop();
  });
});
