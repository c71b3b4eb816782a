import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type HostHandlers } from '../../../electron/host/api/dispatcher.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';

const customer: Principal = { role: 'customer' };
const hooks = (reportFault = vi.fn()) => ({ reportFault, forbidden: vi.fn() });

function handlersWith(overrides: Partial<HostHandlers>): HostHandlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    'kiosk.state': unused,
    'session.start': unused,
    'session.end': unused,
    'usage.record': unused,
    'help.request': unused,
    'flow.runAction': unused,
    ...overrides,
  } as HostHandlers;
}

describe('the dispatcher', () => {
  it('answers a valid call with its result in the envelope', async () => {
    const dispatch = createDispatcher(
      handlersWith({ 'session.start': ({ language }) => ({ sessionId: `session-${language}-123`, seesPilots: false }) }),
      hooks(),
    );
    const reply = await dispatch({ id: 7, method: 'session.start', input: { language: 'en' } }, customer);
    expect(reply).toEqual({ id: 7, ok: true, result: { sessionId: 'session-en-123', seesPilots: false } });
  });

  it('rejects an unknown method without running anything', async () => {
    const dispatch = createDispatcher(handlersWith({}), hooks());
    const reply = await dispatch({ id: 1, method: 'fs.readFile', input: { path: '/etc/passwd' } }, customer);
    expect(reply).toEqual({ id: 1, ok: false, error: { code: 'method.unknown', params: { method: 'fs.readFile' } } });
  });

  it('rejects methods inherited from Object.prototype', async () => {
    const dispatch = createDispatcher(handlersWith({}), hooks());
    const reply = await dispatch({ id: 1, method: 'constructor', input: {} }, customer);
    expect(reply).toMatchObject({ ok: false, error: { code: 'method.unknown' } });
  });

  it('names the invalid field and never calls the handler with bad input', async () => {
    const start = vi.fn();
    const dispatch = createDispatcher(handlersWith({ 'session.start': start }), hooks());
    const reply = await dispatch({ id: 2, method: 'session.start', input: { language: 'klingon' } }, customer);
    expect(reply).toEqual({
      id: 2,
      ok: false,
      error: { code: 'request.invalidInput', params: { method: 'session.start', field: 'language' } },
    });
    expect(start).not.toHaveBeenCalled();
  });

  it('refuses extra fields in the input', async () => {
    const dispatch = createDispatcher(handlersWith({ 'kiosk.state': () => ({ state: 'outOfService', problem: { code: 'config.unreadable', params: {} } }) }), hooks());
    const reply = await dispatch({ id: 3, method: 'kiosk.state', input: { debug: true } }, customer);
    expect(reply).toMatchObject({ ok: false, error: { code: 'request.invalidInput' } });
  });

  it('answers a malformed envelope with request.malformed', async () => {
    const dispatch = createDispatcher(handlersWith({}), hooks());
    expect(await dispatch('hello', customer)).toEqual({ id: null, ok: false, error: { code: 'request.malformed', params: {} } });
    expect(await dispatch({ method: 'kiosk.state' }, customer)).toMatchObject({ ok: false, error: { code: 'request.malformed' } });
  });

  it('passes a typed HostError through to the caller', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        'flow.runAction': () => {
          throw new HostError('order.notFound');
        },
      }),
      hooks(),
    );
    const reply = await dispatch({
      id: 'a',
      method: 'flow.runAction',
      input: { sessionId: 'abcdefgh1234', flowId: 'order-pickup', stepId: 'code', values: { orderCode: 'NOPE00' }, practice: false },
    }, customer);
    expect(reply).toEqual({ id: 'a', ok: false, error: { code: 'order.notFound', params: {} } });
  });

  it('hides a crashing handler behind host.internal and reports the fault', async () => {
    const reportFault = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({
        'kiosk.state': () => {
          throw new TypeError('undefined is not a function');
        },
      }),
      hooks(reportFault),
    );
    const reply = await dispatch({ id: 4, method: 'kiosk.state', input: {} }, customer);
    expect(reply).toEqual({ id: 4, ok: false, error: { code: 'host.internal', params: {} } });
    expect(reportFault).toHaveBeenCalledWith('kiosk.state', expect.any(TypeError));
  });

  it('refuses to return a result that breaks the contract', async () => {
    const reportFault = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({ 'session.start': () => ({ sessionId: 'x', seesPilots: false }) }),
      hooks(reportFault),
    );
    const reply = await dispatch({ id: 5, method: 'session.start', input: { language: 'es' } }, customer);
    expect(reply).toMatchObject({ ok: false, error: { code: 'host.internal' } });
    expect(reportFault).toHaveBeenCalledOnce();
  });
});
