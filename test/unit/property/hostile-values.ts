// What an attacker or a broken page puts where a value belongs: wrong types, numbers JSON cannot
// carry, text with NUL, lone surrogates and control characters, huge strings, deep nesting,
// prototype keys. And the ways a good input is bent into a bad one: a key dropped, a key added,
// a value somewhere inside swapped for one of these.
import fc from 'fast-check';

/** Characters that break naive text handling; fast-check's 'binary' unit leaves out lone surrogates. */
const awkwardCharacters = fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u202E', '\uFEFF', '\u0085', '\u2028', '\r\n', '"', '\\');
const awkwardText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), awkwardCharacters), maxLength: 40 });

/** Arrays or objects nested `depth` deep, the way a parser or a recursive check is brought down. */
function nested(depth: number, asObjects: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asObjects ? { a: value } : [value];
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    2 ** 53 + 2,
    1e308,
    'NaN',
    'Infinity',
    '-Infinity',
    '',
    '   ',
    '__proto__',
    'constructor',
    '../../../../etc/passwd',
    '<img src=x onerror=alert(1)>',
    "'; DROP TABLE usage_events; --",
    '{"id":1}',
    [],
    {},
  ),
  // NaN, ±Infinity and -0 included: the IPC adapter carries them as they are, JSON makes them null.
  fc.double(),
  fc.integer(),
  awkwardText,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 80_000 }).map((length) => 'x'.repeat(length)),
  fc.tuple(fc.integer({ min: 100, max: 1_500 }), fc.boolean()).map(([depth, asObjects]) => nested(depth, asObjects)),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Every place inside `value` a mutation may reach: the value itself, each key, each element. */
function placesIn(value: unknown, path: Array<string | number> = [], found: Array<Array<string | number>> = []): Array<Array<string | number>> {
  found.push(path);
  if (path.length >= 4 || typeof value !== 'object' || value === null) return found;
  // An array's own keys are its indexes, and any other key a mutation gave it ("__proto__"): only indexes are numbers.
  for (const key of Object.keys(value)) placesIn(Reflect.get(value, key), [...path, Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key], found);
  return found;
}

interface Mutation {
  kind: 'replace' | 'dropKey' | 'addKey';
  /** Which place, modulo how many there are. */
  place: number;
  key: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'dropKey', 'addKey'),
  place: fc.nat(),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'method', 'input'), awkwardText),
  value: hostileValue,
});

/** A shallow copy of an object or array, own keys only ("__proto__" included). */
function copyOf(node: object): Record<string | number, unknown> {
  const copy: Record<string | number, unknown> = Array.isArray(node) ? ([] as unknown as Record<number, unknown>) : {};
  for (const key of Object.keys(node)) Object.defineProperty(copy, key, { value: Reflect.get(node, key), enumerable: true, configurable: true, writable: true });
  return copy;
}

/** `root` with the node at `path` replaced by what `change` makes of it; only the nodes along the path are copied. */
function updateAt(root: unknown, path: ReadonlyArray<string | number>, change: (node: unknown) => unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return change(root);
  // A place an earlier mutation took away (or made a plain value) is left as it is.
  if (typeof root !== 'object' || root === null) return root;
  const copy = copyOf(root);
  const next = updateAt(copy[step], rest, change);
  if (next === removed) delete copy[step];
  else Object.defineProperty(copy, step, { value: next, enumerable: true, configurable: true, writable: true });
  return copy;
}

const removed = Symbol('removed');

function applyMutation(original: unknown, { kind, place, key, value }: Mutation): unknown {
  const places = placesIn(original);
  const path = places[place % places.length] ?? [];
  if (kind === 'replace') return updateAt(original, path, () => value);
  if (kind === 'dropKey') return path.length === 0 ? original : updateAt(original, path, () => removed);
  // An own property named as given, "__proto__" included, as JSON.parse would make it.
  return updateAt(original, path, (node) => {
    if (typeof node !== 'object' || node === null) return node;
    const copy = copyOf(node);
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

/** `valid` bent by one or two mutations. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 2 })).map(([value, changes]) => changes.reduce(applyMutation, value));
}
