// Random host calls for every method of the contract: well-formed envelopes whose input is made
// from the method's own schema (often bent by a mutation), or is any JSON at all; and envelopes
// that are wrong as envelopes (not an object, an id of the wrong type, an unknown method).
import fc from 'fast-check';
import { hostMethods, methodNames, type MethodName } from '../../../shared/host-api/contract.ts';
import { hostileValue, mutated } from './hostile-values.ts';
import { arbitraryFor, type FieldHints } from './schema-arbitraries.ts';

export interface Call {
  id: unknown;
  method: unknown;
  input?: unknown;
}

export const callId = fc.oneof(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.string({ maxLength: 64 }));

/** An input for `method`: mostly what its schema accepts, often bent, sometimes anything. */
function inputFor(method: MethodName, hints: FieldHints = {}): fc.Arbitrary<unknown> {
  const valid = arbitraryFor(hostMethods[method].input, hints);
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 4, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, {}) },
  );
}

/** A well-formed envelope for any method of the contract. */
export function wellFormedCall(hints: FieldHints = {}): fc.Arbitrary<Call> {
  return fc.oneof(...methodNames.map((method) => fc.record({ id: callId, method: fc.constant(method), input: inputFor(method, hints) })));
}

/**
 * For each method of the contract, inputs its schema accepts and inputs bent from them, the same
 * on every run (a fixed seed per method): no method is left to the dice.
 */
export function everyMethodCalls(hints: FieldHints = {}, perMethod = 4): Call[] {
  return methodNames.flatMap((method, seed) => {
    const valid = arbitraryFor(hostMethods[method].input, hints);
    const inputs = [...fc.sample(valid, { numRuns: perMethod, seed }), ...fc.sample(mutated(valid), { numRuns: perMethod, seed })];
    return inputs.map((input, index) => ({ id: `${method}#${index}`, method, input }));
  });
}

/** Names that are almost a method's, or that a plain object has without being one. */
const unknownMethod = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'files.read', 'shell.exec', 'kiosk.', '.state', ''),
  fc.tuple(fc.constantFrom(...methodNames), fc.constantFrom('upper', 'space', 'suffix', 'nul')).map(([name, bend]) =>
    bend === 'upper' ? name.toUpperCase() : bend === 'space' ? ` ${name}` : bend === 'suffix' ? `${name}x` : `${name}\u0000`,
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 129, maxLength: 300 }),
);

const wrongId = fc.oneof(
  fc.double().filter((number) => !Number.isSafeInteger(number)),
  fc.constantFrom(null, undefined, true, 2 ** 53 + 2, [], {}),
  fc.string({ minLength: 65, maxLength: 200 }),
);

const wrongMethod = fc.oneof(unknownMethod, fc.constantFrom(null, undefined, 42, ['kiosk.state'], { name: 'kiosk.state' }));

/** Envelopes that are not envelopes, or have a wrong id or method, or miss a part. */
const malformedCall: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.record({ id: wrongId, method: fc.constantFrom(...methodNames), input: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ id: callId, method: wrongMethod, input: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ id: fc.oneof(callId, wrongId), method: fc.oneof(fc.constantFrom(...methodNames), wrongMethod) }, { requiredKeys: [] }),
  mutated(wellFormedCall()),
);

/** Any call a page may send: mostly well-formed, a third malformed. */
export function anyCall(hints: FieldHints = {}): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: wellFormedCall(hints) }, { weight: 1, arbitrary: malformedCall });
}
