import { describe, expect, it } from 'vitest';
import { engineRig, type EngineRig } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const take = (target: EngineRig, service = 'customer-service') => target.engine.takeTicket({ service, kind: 'service', sessionId: null });

describe('a counter console', () => {
  it('lists the tickets a counter may call in the order it will call them, with counts for every service', async () => {
    const rig = engineRig();
    await take(rig, 'advice');
    rig.wait(1);
    await take(rig, 'customer-service');
    rig.wait(1);
    await take(rig, 'complaints');
    const view = await rig.engine.counterQueue('desk-1');
    expect(view.counter).toMatchObject({ id: 'desk-1', status: 'open', pauseReason: null });
    expect(view.serving).toBeNull();
    // Desk 1 serves customer service and advice: the complaint is desk 2's.
    expect(view.waiting.map((ticket) => ticket.number)).toEqual(['B001', 'A001']);
    expect(view.waiting[0]).toMatchObject({ service: 'advice', kind: 'service', forThisCounter: false, issuedAt: expect.any(String) });
    expect(view.counts).toEqual([
      { service: 'customer-service', waiting: 1 },
      { service: 'advice', waiting: 1 },
      { service: 'complaints', waiting: 1 },
    ]);
    expect(await errorOf(rig.engine.counterQueue('desk-9'))).toMatchObject({ code: 'queue.unknownCounter' });
  });

  it('tells walking to the counter from being served, in the queue log and in the usage log', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect((await rig.engine.counterQueue('desk-1')).serving).toMatchObject({ number: 'A001', startedAt: null });
    rig.wait(1);
    expect(await rig.engine.startServing('desk-1')).toMatchObject({ number: 'A001', counter: 'desk-1' });
    expect((await rig.engine.counterQueue('desk-1')).serving?.startedAt).toBe(rig.now().toISOString());
    expect(await errorOf(rig.engine.startServing('desk-1'))).toMatchObject({ code: 'queue.alreadyStarted' });
    rig.wait(4);
    await rig.engine.served('desk-1', { outcome: 'pending', servicesGiven: ['customer-service', 'advice', 'advice'] });
    expect(rig.usage().at(-1)).toMatchObject({
      type: 'ticket.served',
      serviceSeconds: 300,
      walkSeconds: 60,
      outcome: 'pending',
      servicesGiven: ['customer-service', 'advice'],
    });
    expect(await errorOf(rig.engine.startServing('desk-1'))).toMatchObject({ code: 'queue.counterIdle' });
  });

  it('takes what staff add about a served ticket afterwards, as its own usage fact, and only once it is served', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect(await errorOf(rig.engine.recordOutcome('A001', { outcome: 'resolved' }))).toMatchObject({ code: 'queue.notServed' });
    await rig.engine.served('desk-1');
    await rig.engine.recordOutcome('a001', { outcome: 'pending', servicesGiven: ['advice', 'advice'] });
    expect(rig.usage().at(-1)).toEqual({ type: 'ticket.outcome', queueService: 'customer-service', kind: 'service', priority: null, outcome: 'pending', servicesGiven: ['advice'] });
    expect(await errorOf(rig.engine.recordOutcome('A001', { servicesGiven: ['tarot'] }))).toMatchObject({ code: 'queue.unknownService' });
    // The note is part of the day's log: a restart folds it back without complaint.
    expect((await rig.restart().engine.board()).board.counters[0]).toMatchObject({ id: 'desk-1', serving: null });
  });

  it('refuses services given that the store does not have, and writes nothing', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect(await errorOf(rig.engine.served('desk-1', { servicesGiven: ['tarot'] }))).toMatchObject({ code: 'queue.unknownService' });
    expect((await rig.engine.counterQueue('desk-1')).serving?.number).toBe('A001');
  });

  it('sends a ticket to one counter: it keeps its place, only that counter calls it, also after a restart', async () => {
    const rig = engineRig();
    await take(rig, 'advice');
    rig.wait(1);
    await take(rig, 'advice');
    const moved = await rig.engine.transfer('B001', { counter: 'desk-2' });
    expect(moved).toMatchObject({ number: 'B001', service: 'advice', state: 'waiting' });
    expect((await rig.engine.counterQueue('desk-2')).waiting.map((ticket) => [ticket.number, ticket.forThisCounter])).toEqual([
      ['B001', true],
      ['B002', false],
    ]);
    expect((await rig.engine.counterQueue('desk-1')).waiting.map((ticket) => ticket.number)).toEqual(['B002']);
    expect(await errorOf(rig.engine.call('desk-1', 'B001'))).toMatchObject({ code: 'queue.notServedHere' });
    const restarted = rig.restart();
    expect((await restarted.engine.callNext('desk-1')).number).toBe('B002');
    expect((await restarted.engine.callNext('desk-2')).number).toBe('B001');
  });

  it('lets a counter call a ticket sent to it even for a service it does not serve', async () => {
    const rig = engineRig();
    await take(rig, 'complaints');
    await rig.engine.transfer('C001', { counter: 'desk-1' });
    expect((await rig.engine.callNext('desk-1')).number).toBe('C001');
  });

  it('keeps why a counter is paused until it opens again', async () => {
    const rig = engineRig();
    expect(await rig.engine.pauseCounter('desk-1', 'meal')).toMatchObject({ status: 'paused', pauseReason: 'meal' });
    const restarted = rig.restart();
    expect((await restarted.engine.counterQueue('desk-1')).counter.pauseReason).toBe('meal');
    expect(await restarted.engine.openCounter('desk-1')).toMatchObject({ status: 'open', pauseReason: null });
  });
});
