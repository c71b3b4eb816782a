// Reads and validates a store config file; a bad one becomes a typed problem naming file and field.
import { basename } from 'node:path';
import type { z } from 'zod';
import { storeConfigSchema, type StoreConfig } from '../../../shared/config/store-config.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { maxConfigBytes, readConfigText } from './read-config-text.ts';

export type ConfigVerdict =
  | { ok: true; config: StoreConfig }
  | { ok: false; problem: HostErrorPayload };

export function loadStoreConfig(file: string): ConfigVerdict {
  const reading = readConfigText(file, maxConfigBytes);
  if (!reading.ok) return reading;
  return parseStoreConfig(reading.text, basename(file));
}

/** JSON text as a value, or where it stops being JSON. */
export function parseJsonText(text: string, fileName: string): { ok: true; raw: unknown } | { ok: false; problem: HostErrorPayload } {
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, error);
    return { ok: false, problem: { code: 'config.malformedJson', params: { file: fileName, line, column } } };
  }
}

export function parseStoreConfig(text: string, fileName: string): ConfigVerdict {
  const json = parseJsonText(text, fileName);
  if (!json.ok) return json;
  const raw = json.raw;
  const parsed = storeConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problem: describeIssue(parsed.error.issues[0], raw, fileName) };
}

function describeIssue(issue: z.core.$ZodIssue | undefined, raw: unknown, file: string): HostErrorPayload {
  if (!issue) return { code: 'config.invalidValue', params: { file, path: '(root)', expected: 'a store config' } };
  const path = formatPath(issue.path);
  if (issue.code === 'invalid_type') {
    const present = valueAt(raw, issue.path) !== undefined;
    const expected = String(issue.expected);
    if (!present) return { code: 'config.fieldMissing', params: { file, path, expected } };
    return { code: 'config.wrongType', params: { file, path, expected, received: typeName(valueAt(raw, issue.path)) } };
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
    const present = valueAt(raw, issue.path) !== undefined;
    return { code: present ? 'config.invalidValue' : 'config.fieldMissing', params: { file, path, expected } };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { code: 'config.invalidValue', params: { file, path, expected: sizeExpected(issue) } };
  }
  return { code: 'config.invalidValue', params: { file, path, expected: issue.message } };
}

function sizeExpected(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const bound = issue.exact ? 'exactly' : issue.inclusive === false ? (small ? 'more than' : 'less than') : small ? 'at least' : 'at most';
  if (issue.origin === 'string') return `${bound} ${limit} character(s)`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${bound} ${limit} item(s)`;
  return `${bound} ${limit}`;
}

/** `services[0].title.en`: the form an operator can find in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
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

function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
