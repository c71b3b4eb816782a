// Values made from the contract's own zod schemas, so that random calls mostly pass a method's
// input check and reach its handler instead of stopping at validation. Reads each schema's
// definition (`_zod.def`, the part of zod 4 its docs open to library authors) and follows its
// checks: lengths, patterns, number ranges, formats. What it does not know becomes any JSON.
import fc from 'fast-check';

/** Arbitraries for fields the schema alone cannot fill usefully (a session this host handed out, a counter of the store), by field name. */
export type FieldHints = Readonly<Record<string, fc.Arbitrary<unknown>>>;

interface SchemaDef {
  type: string;
  [key: string]: unknown;
}

interface CheckDef {
  check: string;
  [key: string]: unknown;
}

function defOf(schema: unknown): SchemaDef {
  return (schema as { _zod: { def: SchemaDef } })._zod.def;
}

function checksOf(def: SchemaDef): CheckDef[] {
  const checks = (def.checks ?? []) as Array<{ _zod: { def: CheckDef } }>;
  return checks.map((check) => check._zod.def);
}

/** A schema's length, pattern and range limits, gathered from its checks. */
function limitsOf(def: SchemaDef) {
  const limits: { min?: number; max?: number; pattern?: RegExp; integer: boolean; low?: number; high?: number } = { integer: false };
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') limits.min = Number(check.minimum);
    if (check.check === 'max_length') limits.max = Number(check.maximum);
    if (check.check === 'string_format' && check.pattern instanceof RegExp) limits.pattern = check.pattern;
    if (check.check === 'number_format') limits.integer = true;
    if (check.check === 'greater_than') limits.low = Number(check.value) + (check.inclusive ? 0 : 1);
    if (check.check === 'less_than') limits.high = Number(check.value) - (check.inclusive ? 0 : 1);
  }
  if (def.type === 'number' && def.format !== undefined) limits.integer = true;
  return limits;
}

/** Short enough to keep each run quick; the hostile values bring the long ones. */
const longestText = 40;
const longestArray = 5;
const dayMs = 24 * 60 * 60 * 1000;
const isoTimes = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString());

function textFor(def: SchemaDef): fc.Arbitrary<string> {
  if (def.format === 'datetime') return isoTimes;
  // Report dates near today, so a range now and then is short enough to pass the range check.
  if (def.format === 'date') return fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10));
  if (def.format === 'base64') return fc.base64String({ maxLength: 64 });
  const { min = 0, max = longestText, pattern } = limitsOf(def);
  const base = pattern ? fc.stringMatching(pattern) : fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, longestText) });
  // A grapheme can be several code units: cut back to the limit, which counts code units.
  return base.map((text) => text.slice(0, max)).filter((text) => text.length >= min);
}

function numberFor(def: SchemaDef): fc.Arbitrary<number> {
  const { integer, low, high } = limitsOf(def);
  if (integer) return fc.integer({ min: low ?? -1_000_000, max: high ?? 1_000_000 });
  return fc.double({ min: low ?? -1e6, max: high ?? 1e6, noNaN: true, noDefaultInfinity: true });
}

/** Keys an object may leave out: optional fields and fields with a default. */
function isOptional(schema: unknown): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

function objectFor(def: SchemaDef, hints: FieldHints): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, unknown>;
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of Object.entries(shape)) {
    const derived = arbitraryFor(field, hints);
    const hint = hints[key];
    fields[key] = hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: derived }) : derived;
  }
  const requiredKeys = Object.keys(shape).filter((key) => !isOptional(shape[key]));
  return fc.record(fields, { requiredKeys });
}

function recordFor(def: SchemaDef, hints: FieldHints): fc.Arbitrary<unknown> {
  const keys = arbitraryFor(def.keyType, hints) as fc.Arbitrary<string>;
  return fc.dictionary(keys, arbitraryFor(def.valueType, hints), { minKeys: 1, maxKeys: 4 });
}

/** An arbitrary of values that mostly pass `schema`; `hints` replace fields by name, most of the time. */
export function arbitraryFor(schema: unknown, hints: FieldHints = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectFor(def, hints);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType, hints);
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType, hints), { nil: null, freq: 4 });
    case 'pipe':
      return arbitraryFor(def.in, hints);
    case 'string':
      return textFor(def);
    case 'number':
      return numberFor(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => arbitraryFor(option, hints)));
    case 'record':
      return recordFor(def, hints);
    case 'array': {
      const { min = 0, max = longestArray } = limitsOf(def);
      return fc.array(arbitraryFor(def.element, hints), { minLength: min, maxLength: Math.min(max, Math.max(min, longestArray)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
