import { describe, expect, it } from 'vitest';
import { createFlowStore } from '../../../renderer/flows/flow-store.ts';
import { createHelpStore } from '../../../renderer/help/help-store.ts';
import { createSessionStore } from '../../../renderer/session/session-store.ts';

const order = { itemCount: 2, collectionPoint: { es: 'Taquilla 4', en: 'Locker 4' } };

describe('the session store', () => {
  it('goes from the attract loop to the language choice on a touch, and only from there', () => {
    const session = createSessionStore();
    session.getState().touched();
    expect(session.getState().phase).toBe('language');
    session.getState().started('session-0001', 'en', 5);
    session.getState().touched();
    expect(session.getState().phase).toBe('home');
  });

  it('starts a session only from the language choice', () => {
    const session = createSessionStore();
    session.getState().started('session-0001', 'en', 5);
    expect(session.getState()).toMatchObject({ phase: 'attract', sessionId: null });
  });

  it('keeps a failed start on the language screen with its problem', () => {
    const session = createSessionStore();
    session.getState().touched();
    session.getState().startRequested();
    expect(session.getState().starting).toBe(true);
    session.getState().startFailed({ code: 'host.unreachable', params: {} });
    expect(session.getState()).toMatchObject({ phase: 'language', starting: false, problem: { code: 'host.unreachable' } });
  });

  it('opens a flow from home, finishes it into thanks, and reset forgets everything', () => {
    const session = createSessionStore();
    session.getState().touched();
    session.getState().started('session-0001', 'en', 5);
    session.getState().serviceOpened('order-pickup');
    expect(session.getState()).toMatchObject({ phase: 'flow', serviceId: 'order-pickup' });
    session.getState().flowFinished();
    expect(session.getState().phase).toBe('thanks');

    session.getState().reset();
    expect(session.getState()).toMatchObject({ phase: 'attract', sessionId: null, language: null, serviceId: null });
  });
});

describe('the flow store', () => {
  function typing() {
    const flow = createFlowStore();
    flow.getState().begin('order-pickup', 100);
    return flow;
  }

  it('shows typed codes in capitals without stray characters, up to the longest code the host takes', () => {
    const flow = typing();
    flow.getState().typed('k7m2 qx!?');
    expect(flow.getState().code).toBe('K7M2 QX');
    flow.getState().typed('A'.repeat(40));
    expect(flow.getState().code).toHaveLength(32);
  });

  it('edits the code key by key from the on-screen keyboard', () => {
    const flow = typing();
    for (const character of 'K7M') flow.getState().keyPressed(character);
    flow.getState().deleted();
    expect(flow.getState().code).toBe('K7');
    flow.getState().cleared();
    expect(flow.getState().code).toBe('');
  });

  it('clears a refused code problem as soon as the customer types again', () => {
    const flow = typing();
    flow.getState().codeRejected('invalid');
    expect(flow.getState().codeProblem).toBe('invalid');
    flow.getState().keyPressed('K');
    expect(flow.getState().codeProblem).toBeNull();
  });

  it('ignores typing while the order is being looked up', () => {
    const flow = typing();
    flow.getState().typed('K7M2QX');
    flow.getState().lookupStarted();
    flow.getState().keyPressed('Z');
    expect(flow.getState()).toMatchObject({ code: 'K7M2QX', busy: true });
  });

  it('goes to review with the found order, then to done with the collection point', () => {
    const flow = typing();
    flow.getState().typed('K7M2QX');
    flow.getState().lookupStarted();
    flow.getState().orderFound(order);
    expect(flow.getState()).toMatchObject({ step: 'review', order, busy: false });
    flow.getState().collectStarted();
    flow.getState().collected(order.collectionPoint);
    expect(flow.getState()).toMatchObject({ step: 'done', collectionPoint: order.collectionPoint });
  });

  it('ignores an answer that arrives after the flow was wiped', () => {
    const flow = typing();
    flow.getState().typed('K7M2QX');
    flow.getState().lookupStarted();
    flow.getState().reset();
    flow.getState().orderFound(order);
    flow.getState().failed({ code: 'order.notFound', params: {} });
    expect(flow.getState()).toMatchObject({ flowId: null, step: 'enterCode', code: '', order: null, problem: null });
  });

  it('keeps the code after a failed lookup so the customer can correct it', () => {
    const flow = typing();
    flow.getState().typed('K7M2QZ');
    flow.getState().lookupStarted();
    flow.getState().failed({ code: 'order.notFound', params: {} });
    expect(flow.getState()).toMatchObject({ step: 'enterCode', code: 'K7M2QZ', busy: false, problem: { code: 'order.notFound' } });
  });

  it('goes back from review to an empty code on "enter another code"', () => {
    const flow = typing();
    flow.getState().typed('K7M2QX');
    flow.getState().lookupStarted();
    flow.getState().orderFound(order);
    flow.getState().changeCode();
    expect(flow.getState()).toMatchObject({ step: 'enterCode', code: '', order: null });
  });
});

describe('the help store', () => {
  it('does not reopen when staff answer after the customer closed the dialog', () => {
    const help = createHelpStore();
    help.getState().calling();
    help.getState().closed();
    help.getState().called();
    expect(help.getState().status).toBe('closed');
  });
});
