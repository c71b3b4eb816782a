// Turns the first zod issue with a store config or a data file into a typed problem naming the
// file, the field and, for a limit, the limit itself, in params each language can put into words.
import type { z } from 'zod';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { numberRangeAt } from './number-range.ts';

/** What a list holds, by the field that holds it, for "at most 100 flows"; `entries` for any other. */
export const listNouns = {
  flows: 'flows',
  steps: 'steps',
  options: 'options',
  services: 'services',
  counters: 'counters',
  benefits: 'benefits',
  priorityClasses: 'priorityClasses',
  enabled: 'languages',
  headers: 'headers',
  tutorial: 'tutorialMarks',
  presets: 'amounts',
  show: 'fields',
  values: 'fields',
  orders: 'orders',
  bills: 'bills',
  appointments: 'appointments',
} as const;
type ListNoun = (typeof listNouns)[keyof typeof listNouns] | 'entries';

interface IssueSource {
  /** The schema the value was checked against, to find a number's whole range. */
  schema: z.core.$ZodType;
  /** The parsed JSON, to tell a missing field from a wrong one. */
  raw: unknown;
  /** The file's name as the operator knows it. */
  file: string;
}

export function describeIssue(issue: z.core.$ZodIssue | undefined, source: IssueSource): HostErrorPayload {
  const { raw, file } = source;
  if (!issue) return { code: 'config.invalidValue', params: { file, path: '(root)', expected: 'a store config' } };
  const path = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  // A key of a record (a header name) broke its own rule: say which, at the key's place.
  if (issue.code === 'invalid_key' && issue.issues[0]) return describeIssue({ ...issue.issues[0], path: issue.path } as z.core.$ZodIssue, source);
  if (isNumberIssue(issue, value)) {
    const range = numberRangeAt(source.schema, issue.path, raw);
    if (range) {
      return { code: range.whole ? 'config.wholeNumberOutOfRange' : 'config.numberOutOfRange', params: { file, path, min: range.min, max: range.max } };
    }
  }
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    if (value === undefined) return { code: 'config.fieldMissing', params: { file, path, expected } };
    return { code: 'config.wrongType', params: { file, path, expected, received: typeName(value) } };
  }
  if (issue.code === 'unrecognized_keys') {
    const keyPath = formatPath([...issue.path, issue.keys[0] ?? '']);
    return { code: 'config.invalidValue', params: { file, path: keyPath, expected: 'no such field (check the spelling)' } };
  }
  if (issue.code === 'invalid_value') {
    return { code: 'config.invalidValue', params: { file, path, expected: `one of ${issue.values.map(String).join(', ')}` } };
  }
  // A tagged union (a step's `type`) names its tags: list them, not zod's own sentence.
  if (issue.code === 'invalid_union' && issue.discriminator && 'options' in issue && issue.options) {
    const expected = `one of ${issue.options.map(String).join(', ')}`;
    return { code: value !== undefined ? 'config.invalidValue' : 'config.fieldMissing', params: { file, path, expected } };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && !issue.exact) {
    const small = issue.code === 'too_small';
    const count = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'string') return { code: small ? 'config.tooShort' : 'config.tooLong', params: { file, path, count } };
    if (issue.origin === 'array') return { code: small ? 'config.tooFew' : 'config.tooMany', params: { file, path, count, items: nounOf(issue.path) } };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return { code: 'config.invalidValue', params: { file, path, expected: sizeExpected(issue) } };
  return { code: 'config.invalidValue', params: { file, path, expected: issue.message } };
}

/** A number out of its range, a fraction where a whole number goes, or a JSON number too big to hold (1e400). */
function isNumberIssue(issue: z.core.$ZodIssue, value: unknown): boolean {
  if (issue.code === 'too_small' || issue.code === 'too_big') return issue.origin === 'number';
  return issue.code === 'invalid_type' && typeof value === 'number';
}

function nounOf(path: readonly PropertyKey[]): ListNoun {
  const key = path.at(-1);
  return typeof key === 'string' && Object.hasOwn(listNouns, key) ? listNouns[key as keyof typeof listNouns] : 'entries';
}

function sizeExpected(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const bound = issue.exact ? 'exactly' : issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  if (issue.origin === 'string') return `${bound} ${limit} character(s)`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${bound} ${limit} item(s)`;
  return `${bound} ${limit}`;
}

/** Longer keys are cut: a path is read on a screen, and a misspelt key may be megabytes long. */
const maxKeyInPath = 40;

/** `services[0].title.en`: the form an operator can find in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    const shown = name.length > maxKeyInPath ? `${name.slice(0, maxKeyInPath)}…` : name;
    return text ? `${text}.${shown}` : shown;
  }, '');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
