import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../electron/host/config/describe-problem.ts';
import { parseStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { enterNumberStep, infoStep, orderPickupFlow, reviewStep, scanStep } from '../../fixtures/flows.ts';
import { storeConfigFixture, withoutValue, withValue } from '../../fixtures/store-config.ts';

function verdictFor(config: object) {
  return parseStoreConfig(JSON.stringify(config), 'store.json');
}

/** The problem with a config that must be refused, as the out-of-service screen would get it. */
function problemWith(config: object) {
  const verdict = verdictFor(config);
  if (verdict.ok) throw new Error('the config was accepted');
  return verdict.problem;
}

const valid = storeConfigFixture();

describe('a store config with flows', () => {
  it('accepts the fixture store with its three flows and fills in step defaults', () => {
    const verdict = verdictFor(valid);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const [pickup] = verdict.config.flows;
    expect(pickup?.steps.map((step) => step.type)).toEqual(['scan', 'review', 'info']);
    expect(pickup).toMatchObject({ pilot: false, assistedOnly: false, tutorial: [] });
    expect(pickup?.steps[0]).toMatchObject({ keyboard: 'alphanumeric' });
  });

  it('names an unknown step type and lists the types there are', () => {
    const problem = problemWith(withValue(valid, 'flows[0].steps[1].type', 'camera'));
    expect(problem).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[0].steps[1].type', expected: 'one of choose, enterText, scan, enterNumber, review, print, info' },
    });
    expect(describeProblem(problem)).toBe(
      'In store.json, the value of flows[0].steps[1].type is not valid: expected one of choose, enterText, scan, enterNumber, review, print, info.',
    );
  });

  it('names a step without a type as a missing field', () => {
    expect(problemWith(withoutValue(valid, 'flows[0].steps[1].type'))).toMatchObject({
      code: 'config.fieldMissing',
      params: { path: 'flows[0].steps[1].type', expected: expect.stringContaining('enterNumber') },
    });
  });

  it('names a branch that leads to a step the flow does not have', () => {
    expect(problemWith(withValue(valid, 'flows[2].steps[2].options[0].next', 'contact-details'))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[2].steps[2].options[0].next', expected: 'the id of a step of this flow, or "end"' },
    });
  });

  it('names a next that leads to a step the flow does not have', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[0].next', 'reveiw'))).toMatchObject({ params: { path: 'flows[0].steps[0].next' } });
  });

  it('accepts "end" as a next, on a step or on an option', () => {
    const ending = withValue(withValue(valid, 'flows[0].steps[1].next', 'end'), 'flows[2].steps[2].options[1].next', 'end');
    expect(verdictFor(ending).ok).toBe(true);
  });

  it('names a text missing in an enabled language', () => {
    expect(problemWith(withoutValue(valid, 'flows[0].steps[0].title.en'))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[0].steps[0].title.en', expected: 'a text in en, an enabled language' },
    });
  });

  it('does not ask for texts in a language the store has not enabled', () => {
    const spanishOnly = withValue(withoutValue(valid, 'flows[0].steps[0].title.en'), 'languages', { enabled: ['es'], default: 'es' });
    expect(verdictFor(spanishOnly).ok).toBe(true);
  });

  it('names an action whose field no step collects', () => {
    const flow = orderPickupFlow({ steps: [scanStep({ field: 'code', action: 'order.find' }), infoStep()] });
    expect(problemWith(storeConfigFixture({ flows: [flow] }))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[0].steps[0].action', expected: 'a step that collects the field "orderCode", which order.find reads' },
    });
  });

  it('names the second of two steps with the same id', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[2].id', 'review'))).toMatchObject({
      code: 'config.invalidValue',
      params: { path: 'flows[0].steps[2].id', expected: 'a step id not used before in this flow ("review" is)' },
    });
  });

  it('refuses "end" as a step id, since it ends the flow', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[2].id', 'end'))).toMatchObject({ params: { path: 'flows[0].steps[2].id' } });
  });

  it('names the second of two flows with the same id', () => {
    expect(problemWith(withValue(valid, 'flows[1].id', 'order-pickup'))).toMatchObject({ params: { path: 'flows[1].id' } });
  });

  it('names a queueService choice that is not a queue service', () => {
    expect(problemWith(withValue(valid, 'flows[1].steps[0].options[1].value', 'pharmacy'))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[1].steps[0].options[1].value', expected: 'the id of a queue service' },
    });
  });

  it('names a help or complaint queue that is not a queue service', () => {
    expect(problemWith(withValue(valid, 'queue.helpService', 'front-desk'))).toMatchObject({ params: { path: 'queue.helpService' } });
    expect(problemWith(withValue(valid, 'complaints.queueService', 'front-desk'))).toMatchObject({ params: { path: 'complaints.queueService' } });
  });

  it('names the second of two queue services with the same ticket prefix', () => {
    expect(problemWith(withValue(valid, 'queue.services[2].prefix', 'A'))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'queue.services[2].prefix', expected: 'a prefix no other queue service uses ("A" is)' },
    });
  });

  it('names a ticket prefix that is not one capital letter', () => {
    expect(problemWith(withValue(valid, 'queue.services[0].prefix', 'a1'))).toMatchObject({
      params: { path: 'queue.services[0].prefix', expected: 'one capital letter' },
    });
  });

  it('refuses a warning shorter than the 20 seconds WCAG asks for, and says so in numbers', () => {
    expect(problemWith(withValue(valid, 'session.warningSeconds', 10))).toEqual({
      code: 'config.wholeNumberOutOfRange',
      params: { file: 'store.json', path: 'session.warningSeconds', min: 20, max: 120 },
    });
  });

  it('names a pattern that is not a regular expression', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[0].rules.pattern', '^[A-Z0-9{6}$'))).toEqual({
      code: 'config.invalidValue',
      params: { file: 'store.json', path: 'flows[0].steps[0].rules.pattern', expected: 'a valid regular expression' },
    });
  });

  it('names an unknown check digit rule and lists the known ones', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[0].rules.checkDigit', 'crc32'))).toMatchObject({
      params: { path: 'flows[0].steps[0].rules.checkDigit', expected: 'one of luhn, ean13, mod11' },
    });
  });

  it('names an amount step whose minimum is above its maximum', () => {
    const flow = withValue(valid, 'flows[0].steps[0]', enterNumberStep({ field: 'orderCode', min: 50, max: 10 }));
    expect(problemWith(flow)).toMatchObject({ params: { path: 'flows[0].steps[0].min', expected: 'at most max (10)' } });
  });

  it('names a tutorial mark on a step the flow does not have', () => {
    const flow = orderPickupFlow({ tutorial: [{ step: 'scan', target: 'input', text: { es: 'Aquí', en: 'Here' } }] });
    expect(problemWith(storeConfigFixture({ flows: [flow] }))).toMatchObject({ params: { path: 'flows[0].tutorial[0].step' } });
  });

  it('names a practice value for a field no step collects', () => {
    const flow = orderPickupFlow({ practice: { values: { orderNumber: 'K7M2QX' } } });
    expect(problemWith(storeConfigFixture({ flows: [flow] }))).toMatchObject({ params: { path: 'flows[0].practice.values.orderNumber' } });
  });

  it('asks for the orders file when a flow looks up orders', () => {
    expect(problemWith(withoutValue(valid, 'data.orders'))).toMatchObject({ params: { path: 'data.orders' } });
  });

  it('asks for the orders file when a flow only collects orders', () => {
    const collectOnly = orderPickupFlow({ steps: [scanStep(), reviewStep({ action: 'order.collect' })] });
    const config = withoutValue(storeConfigFixture({ flows: [collectOnly] }), 'data.orders');
    expect(problemWith(config)).toMatchObject({ params: { path: 'data.orders' } });
  });

  it('asks for complaint settings when a flow files complaints', () => {
    expect(problemWith(withoutValue(valid, 'complaints'))).toMatchObject({ params: { path: 'complaints' } });
  });

  it('refuses an action the host does not know', () => {
    expect(problemWith(withValue(valid, 'flows[0].steps[0].action', 'order.delete'))).toMatchObject({
      params: { path: 'flows[0].steps[0].action', expected: expect.stringContaining('order.find') },
    });
  });

  it('refuses a choice with a single option: that is no choice', () => {
    const config = withValue(valid, 'flows[1].steps[0].options', [{ value: 'advice', label: { es: 'A', en: 'A' } }]);
    expect(problemWith(config)).toMatchObject({ code: 'config.tooFew', params: { path: 'flows[1].steps[0].options', count: 2, items: 'options' } });
  });
});
