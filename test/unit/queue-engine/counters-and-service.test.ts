import { describe, expect, it } from 'vitest';
import { engineRig, type EngineRig } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const take = (target: EngineRig, service = 'customer-service') => target.engine.takeTicket({ service, kind: 'service', sessionId: null });

describe('counters', () => {
  it('opens the counters the config opens at the start of the day, and leaves the others closed', async () => {
    const rig = engineRig({
      queue: {
        counters: [
          { id: 'desk-1', label: '1', services: ['customer-service', 'advice'] },
          { id: 'desk-2', label: '2', services: ['advice', 'complaints'], opensAtStart: false },
        ],
      },
    });
    const { board } = await rig.engine.board();
    expect(board.counters.map(({ id, status }) => [id, status])).toEqual([
      ['desk-1', 'open'],
      ['desk-2', 'closed'],
    ]);
    expect(await errorOf(rig.engine.callNext('desk-2'))).toMatchObject({ code: 'queue.counterNotOpen' });
  });

  it('stops calling at a paused counter, lets it finish its customer, and calls again once reopened', async () => {
    const rig = engineRig();
    await take(rig);
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect(await rig.engine.pauseCounter('desk-1')).toMatchObject({ status: 'paused', serving: { number: 'A001' } });
    await rig.engine.served('desk-1');
    expect(await errorOf(rig.engine.callNext('desk-1'))).toMatchObject({ code: 'queue.counterNotOpen' });
    expect(await errorOf(rig.engine.pauseCounter('desk-1'))).toMatchObject({ code: 'queue.counterNotOpen' });
    await rig.engine.openCounter('desk-1');
    expect((await rig.engine.callNext('desk-1')).number).toBe('A002');
  });

  it('closes a counter only once its customer is finished', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect(await errorOf(rig.engine.closeCounter('desk-1'))).toMatchObject({ code: 'queue.counterBusy' });
    await rig.engine.noShow('desk-1');
    expect(await rig.engine.closeCounter('desk-1')).toMatchObject({ status: 'closed', serving: null });
    expect(await errorOf(rig.engine.closeCounter('desk-1'))).toMatchObject({ code: 'queue.counterNotOpen' });
  });

  it('refuses a second call while the counter still serves someone', async () => {
    const rig = engineRig();
    await take(rig);
    await take(rig);
    await rig.engine.callNext('desk-1');
    expect(await errorOf(rig.engine.callNext('desk-1'))).toMatchObject({ code: 'queue.counterBusy' });
    expect(await errorOf(rig.engine.call('desk-1', 'A002'))).toMatchObject({ code: 'queue.counterBusy' });
  });

  it('opens a counter for the services staff name, and only known ones', async () => {
    const rig = engineRig();
    await take(rig, 'complaints');
    expect(await errorOf(rig.engine.callNext('desk-1'))).toMatchObject({ code: 'queue.nothingWaiting' });
    expect(await errorOf(rig.engine.openCounter('desk-1', ['refunds']))).toMatchObject({ code: 'queue.unknownService' });
    expect(await rig.engine.openCounter('desk-1', ['complaints'])).toMatchObject({ status: 'open', services: ['complaints'] });
    expect((await rig.engine.callNext('desk-1')).number).toBe('C001');
  });

  it('names an unknown counter in every staff action', async () => {
    const rig = engineRig();
    const engine = rig.engine;
    for (const action of [
      () => engine.callNext('desk-9'),
      () => engine.call('desk-9', 'A001'),
      () => engine.recall('desk-9'),
      () => engine.noShow('desk-9'),
      () => engine.served('desk-9'),
      () => engine.openCounter('desk-9'),
      () => engine.pauseCounter('desk-9'),
      () => engine.closeCounter('desk-9'),
    ]) {
      expect(await errorOf(action())).toMatchObject({ code: 'queue.unknownCounter' });
    }
  });
});

describe('serving a ticket', () => {
  it('announces a call with the counter label, and announces it again on recall', async () => {
    const rig = engineRig();
    await take(rig);
    expect(await rig.engine.callNext('desk-1')).toMatchObject({ number: 'A001', counter: 'desk-1', counterLabel: '1' });
    rig.wait(1);
    expect(await rig.engine.recall('desk-1')).toMatchObject({ number: 'A001', counterLabel: '1' });
    expect(rig.calls.map(({ number, counterLabel, service, recall }) => ({ number, counterLabel, service, recall }))).toEqual([
      { number: 'A001', counterLabel: '1', service: 'customer-service', recall: false },
      { number: 'A001', counterLabel: '1', service: 'customer-service', recall: true },
    ]);
    expect(rig.calls[0]?.queueService).toEqual({ es: 'Atención al cliente', en: 'Customer service' });
  });

  it('frees the counter when the ticket is served and records the real wait and service time', async () => {
    const rig = engineRig();
    await take(rig);
    rig.wait(7);
    await rig.engine.callNext('desk-1');
    rig.wait(3);
    expect(await rig.engine.served('desk-1')).toMatchObject({ number: 'A001' });
    expect((await rig.engine.board()).board.counters[0]).toMatchObject({ id: 'desk-1', serving: null });
    expect(await errorOf(rig.engine.served('desk-1'))).toMatchObject({ code: 'queue.counterIdle' });
    expect(rig.usage()).toEqual([
      { type: 'ticket.issued', queueService: 'customer-service', kind: 'service', priority: null, predicted: expect.any(Object) },
      { type: 'ticket.called', queueService: 'customer-service', kind: 'service', priority: null, counter: 'desk-1', waitedSeconds: 420, predicted: expect.any(Object) },
      { type: 'ticket.served', queueService: 'customer-service', kind: 'service', priority: null, counter: 'desk-1', serviceSeconds: 180 },
    ]);
  });

  it('frees the counter on a no-show and records how long the customer had waited', async () => {
    const rig = engineRig();
    const ticket = await take(rig);
    rig.wait(12);
    await rig.engine.callNext('desk-1');
    rig.wait(2);
    await rig.engine.recall('desk-1');
    rig.wait(2);
    await rig.engine.noShow('desk-1');
    expect(rig.usage().at(-1)).toEqual({
      type: 'ticket.noShow',
      queueService: 'customer-service',
      kind: 'service',
      priority: null,
      counter: 'desk-1',
      waitedSeconds: 720,
    });
    expect(await rig.engine.ticket(ticket.id)).toMatchObject({ state: 'noShow', position: null, estimate: null });
    expect(await errorOf(rig.engine.recall('desk-1'))).toMatchObject({ code: 'queue.counterIdle' });
  });

  it('logs the wait it promised at issue beside the real one, and no number or id', async () => {
    const rig = engineRig();
    const ticket = await take(rig);
    await rig.engine.callNext('desk-1');
    const [issued, called] = rig.usage();
    expect(issued).toMatchObject({ type: 'ticket.issued', predicted: ticket.estimate });
    expect(called).toMatchObject({ type: 'ticket.called', predicted: ticket.estimate });
    expect(JSON.stringify(rig.usage())).not.toContain(ticket.id);
    expect(JSON.stringify(rig.usage())).not.toContain('A001');
  });

  it('keeps a transferred ticket its place in line in the new service', async () => {
    const rig = engineRig();
    const early = await take(rig);
    rig.wait(1);
    await take(rig, 'advice');
    rig.wait(1);
    await take(rig, 'advice');
    await rig.engine.callNext('desk-1');
    const moved = await rig.engine.transfer(early.id, { service: 'advice' });
    expect(moved).toMatchObject({ number: 'A001', service: 'advice', state: 'waiting', position: 1 });
    expect(await errorOf(rig.engine.served('desk-1'))).toMatchObject({ code: 'queue.counterIdle' });
    expect((await rig.engine.callNext('desk-2')).number).toBe('A001');
    await rig.engine.served('desk-2');
    expect(await errorOf(rig.engine.transfer('A001', { service: 'customer-service' }))).toMatchObject({ code: 'queue.ticketNotWaiting' });
    expect(await errorOf(rig.engine.transfer('B001', { service: 'refunds' }))).toMatchObject({ code: 'queue.unknownService' });
  });
});
