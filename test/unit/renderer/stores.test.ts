import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../shared/flows/flow-actions.ts';
import { createFlowStore, maxFieldLength } from '../../../renderer/kiosk/flows/flow-store.ts';
import { createHelpStore } from '../../../renderer/kiosk/help/help-store.ts';
import { createSessionStore } from '../../../renderer/kiosk/session/session-store.ts';

const orderFacts: Fact[] = [
  { id: 'itemCount', value: 2, kind: 'count' },
  { id: 'collectionPoint', value: { es: 'Taquilla 4', en: 'Locker 4' }, kind: 'text' },
];
const notFound = { code: 'order.notFound' as const, params: {} };

/** A session store with a customer on the home screen. */
function atHome() {
  const session = createSessionStore();
  session.getState().touched();
  session.getState().started('session-0001', 'en', 5, true);
  return session;
}

describe('the session store', () => {
  it('goes from the attract loop to the language choice on a touch, and only from there', () => {
    const session = createSessionStore();
    session.getState().touched();
    expect(session.getState().phase).toBe('language');
    session.getState().started('session-0001', 'en', 5, false);
    session.getState().touched();
    expect(session.getState().phase).toBe('home');
  });

  it('starts a session only from the language choice, keeping its one pilot draw', () => {
    const session = createSessionStore();
    session.getState().started('session-0001', 'en', 5, true);
    expect(session.getState()).toMatchObject({ phase: 'attract', sessionId: null, seesPilots: false });

    session.getState().touched();
    session.getState().started('session-0001', 'en', 5, true);
    expect(session.getState()).toMatchObject({ phase: 'home', sessionId: 'session-0001', language: 'en', startedAt: 5, seesPilots: true });
  });

  it('keeps a failed start on the language screen with its problem', () => {
    const session = createSessionStore();
    session.getState().touched();
    session.getState().startRequested();
    expect(session.getState().starting).toBe(true);
    session.getState().startFailed({ code: 'host.unreachable', params: {} });
    expect(session.getState()).toMatchObject({ phase: 'language', starting: false, problem: { code: 'host.unreachable' } });
  });

  it('introduces a chosen flow, opens it, finishes it into thanks, and reset forgets everything', () => {
    const session = atHome();
    session.getState().flowChosen('order-pickup');
    expect(session.getState()).toMatchObject({ phase: 'benefit', flowId: 'order-pickup' });
    session.getState().flowOpened();
    expect(session.getState()).toMatchObject({ phase: 'flow', flowId: 'order-pickup' });
    session.getState().flowFinished();
    expect(session.getState().phase).toBe('thanks');

    session.getState().reset();
    expect(session.getState()).toMatchObject({ phase: 'attract', sessionId: null, language: null, flowId: null, seesPilots: false });
  });

  it('goes back to the introduction after a practice run, still on the same flow', () => {
    const session = atHome();
    session.getState().flowChosen('order-pickup');
    session.getState().flowOpened();
    session.getState().practiceDone();
    expect(session.getState()).toMatchObject({ phase: 'benefit', flowId: 'order-pickup' });
  });

  it('leaves a flow or its introduction for home, forgetting which flow it was', () => {
    const session = atHome();
    session.getState().flowChosen('order-pickup');
    session.getState().flowLeft();
    expect(session.getState()).toMatchObject({ phase: 'home', flowId: null });

    session.getState().flowChosen('see-staff');
    session.getState().flowOpened();
    session.getState().flowLeft();
    expect(session.getState()).toMatchObject({ phase: 'home', flowId: null });
  });

  it('ignores flow transitions from a phase where they cannot happen', () => {
    const session = atHome();
    session.getState().flowOpened();
    session.getState().practiceDone();
    session.getState().flowFinished();
    expect(session.getState()).toMatchObject({ phase: 'home', flowId: null });

    session.getState().flowChosen('order-pickup');
    session.getState().flowChosen('see-staff');
    session.getState().flowFinished();
    expect(session.getState()).toMatchObject({ phase: 'benefit', flowId: 'order-pickup' });

    const thanks = atHome();
    thanks.getState().flowChosen('order-pickup');
    thanks.getState().flowOpened();
    thanks.getState().flowFinished();
    thanks.getState().flowLeft();
    expect(thanks.getState().phase).toBe('thanks');
  });
});

describe('the flow store', () => {
  /** A real run of order pickup, at its first step. */
  function atCode(values: Record<string, string> = {}, practice = false) {
    const flow = createFlowStore();
    flow.getState().begin({ flowId: 'order-pickup', firstStep: 'code', practice, values }, 100);
    return flow;
  }

  /** At the review step, after the host found the order. */
  function atReview() {
    const flow = atCode({ orderCode: 'K7M2QX' });
    flow.getState().actionStarted();
    flow.getState().advanced('code', 'review', { facts: orderFacts });
    return flow;
  }

  it('begins at the first step with nothing from a run before it', () => {
    const flow = atReview();
    flow.getState().valueRejected('pattern');
    flow.getState().begin({ flowId: 'see-staff', firstStep: 'service', practice: false, values: {} }, 200);
    expect(flow.getState()).toMatchObject({
      flowId: 'see-staff',
      stepId: 'service',
      history: [],
      values: {},
      facts: [],
      practice: false,
      startedAt: 200,
      valueProblem: null,
      busy: false,
      problem: null,
      backsInARow: 0,
      finished: false,
    });
  });

  it("begins a practice run with the flow's sample answers already filled in", () => {
    const flow = atCode({ orderCode: 'K7M2QX' }, true);
    expect(flow.getState()).toMatchObject({ practice: true, stepId: 'code', values: { orderCode: 'K7M2QX' } });
  });

  it('keeps what the customer enters, field by field, up to the longest text the host takes', () => {
    const flow = atCode();
    flow.getState().edited('orderCode', 'K7M');
    flow.getState().edited('note', 'x'.repeat(maxFieldLength + 40));
    expect(flow.getState().values.orderCode).toBe('K7M');
    expect(flow.getState().values.note).toHaveLength(maxFieldLength);
  });

  it('clears a refused value, and a host problem, as soon as the customer edits again', () => {
    const flow = atCode();
    flow.getState().valueRejected('tooShort');
    expect(flow.getState().valueProblem).toBe('tooShort');
    flow.getState().edited('orderCode', 'K7M2QX');
    expect(flow.getState().valueProblem).toBeNull();

    flow.getState().actionStarted();
    flow.getState().failed(notFound);
    expect(flow.getState().problem).toEqual(notFound);
    flow.getState().edited('orderCode', 'K7M2QZ');
    expect(flow.getState().problem).toBeNull();
  });

  it('ignores editing, refusing and starting again while the host is working on the step', () => {
    const flow = atCode({ orderCode: 'K7M2QX' });
    flow.getState().actionStarted();
    flow.getState().edited('orderCode', 'ZZZZZZ');
    flow.getState().valueRejected('pattern');
    expect(flow.getState()).toMatchObject({ values: { orderCode: 'K7M2QX' }, busy: true, valueProblem: null });
  });

  it('goes to the next step with what the host answered, and finishes on a null next step', () => {
    const flow = atReview();
    expect(flow.getState()).toMatchObject({ stepId: 'review', history: ['code'], facts: orderFacts, busy: false });

    flow.getState().advanced('review', 'done');
    expect(flow.getState()).toMatchObject({ stepId: 'done', history: ['code', 'review'], facts: orderFacts });
    flow.getState().advanced('done', null);
    expect(flow.getState()).toMatchObject({ stepId: 'done', finished: true, busy: false });
  });

  it('merges facts by id: a fresh answer replaces the fact it names and keeps the others', () => {
    const flow = atReview();
    const collectedAt = { id: 'collectionPoint' as const, value: { es: 'Taquilla 9', en: 'Locker 9' }, kind: 'text' as const };
    const reference = { id: 'returnNumber' as const, value: 'R-12345', kind: 'code' as const };
    flow.getState().advanced('review', 'done', { facts: [collectedAt, reference] });
    expect(flow.getState().facts).toEqual([orderFacts[0], collectedAt, reference]);
  });

  it('ignores an answer for a step the customer has already left', () => {
    const flow = atReview();
    flow.getState().advanced('code', 'review', { facts: [{ id: 'itemCount', value: 9, kind: 'count' }] });
    expect(flow.getState()).toMatchObject({ stepId: 'review', history: ['code'], facts: orderFacts });
  });

  it('ignores every answer once the flow is finished', () => {
    const flow = atReview();
    flow.getState().advanced('review', null);
    flow.getState().advanced('review', 'done');
    flow.getState().edited('orderCode', 'ZZZZZZ');
    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'review', finished: true, values: { orderCode: 'K7M2QX' } });
  });

  it('ignores an answer that arrives after the flow was wiped', () => {
    const flow = atCode({ orderCode: 'K7M2QX' });
    flow.getState().actionStarted();
    flow.getState().reset();
    flow.getState().advanced('code', 'review', { facts: orderFacts });
    flow.getState().failed(notFound);
    expect(flow.getState()).toMatchObject({ flowId: null, stepId: null, values: {}, facts: [], problem: null, busy: false });
  });

  it('keeps the value after the host refused it, so the customer can correct it', () => {
    const flow = atCode({ orderCode: 'K7M2QZ' });
    flow.getState().actionStarted();
    flow.getState().failed(notFound);
    expect(flow.getState()).toMatchObject({ stepId: 'code', values: { orderCode: 'K7M2QZ' }, busy: false, problem: notFound });
    flow.getState().problemDismissed();
    expect(flow.getState().problem).toBeNull();
  });

  it('takes a failure only while the host was working on the step', () => {
    const flow = atCode();
    flow.getState().failed(notFound);
    expect(flow.getState().problem).toBeNull();
  });

  it('goes back step by step, keeping the values, and counts backs in a row until the customer goes on', () => {
    const flow = atReview();
    flow.getState().advanced('review', 'done');
    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'review', history: ['code'], backsInARow: 1 });
    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'code', history: [], backsInARow: 2, values: { orderCode: 'K7M2QX' } });

    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'code', backsInARow: 2 });

    flow.getState().advanced('code', 'review');
    expect(flow.getState().backsInARow).toBe(0);
  });

  it('clears the refused value when going back, and does not go back while the host is working', () => {
    const flow = atReview();
    flow.getState().actionStarted();
    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'review', busy: true });

    flow.getState().failed(notFound);
    flow.getState().valueRejected('noChoice');
    flow.getState().wentBack();
    expect(flow.getState()).toMatchObject({ stepId: 'code', valueProblem: null, problem: null });
  });
});

describe('the help store', () => {
  const ticket = { number: 'A-001', queueService: { es: 'Atención al cliente', en: 'Customer service' } };

  it('keeps the ticket staff gave while calling', () => {
    const help = createHelpStore();
    help.getState().calling();
    help.getState().called(ticket, true);
    expect(help.getState()).toMatchObject({ status: 'called', ticket, staffTold: true });
    help.getState().closed();
    expect(help.getState()).toMatchObject({ status: 'closed', ticket: null });
  });

  it('does not reopen when staff answer after the customer closed the dialog', () => {
    const help = createHelpStore();
    help.getState().calling();
    help.getState().closed();
    help.getState().called(ticket, true);
    help.getState().failed();
    expect(help.getState()).toMatchObject({ status: 'closed', ticket: null });
  });
});

describe('the flow store after a committed action', () => {
  it('closes the steps behind, keeps counting the position, and ignores back', () => {
    const flow = createFlowStore();
    flow.getState().begin({ flowId: 'bill-payment', firstStep: 'bill', practice: false, values: {} }, 0);
    flow.getState().advanced('bill', 'review', { facts: [] });
    expect(flow.getState()).toMatchObject({ stepId: 'review', history: ['bill'], position: 2, closedBehind: false });
    flow.getState().advanced('review', 'slip', { facts: [] }, true);
    expect(flow.getState()).toMatchObject({ stepId: 'slip', history: [], position: 3, closedBehind: true });
    flow.getState().wentBack();
    expect(flow.getState().stepId).toBe('slip');
  });
});
