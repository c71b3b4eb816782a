// Reads and validates a store config file; a bad one becomes a typed problem naming file and field.
import { basename } from 'node:path';
import { maxNestingDepth } from '../../../shared/config/limits.ts';
import { storeConfigSchema, type StoreConfig } from '../../../shared/config/store-config.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { describeIssue } from './config-issue.ts';
import { tooDeepAt } from './json-depth.ts';
import { maxConfigBytes, readConfigText } from './read-config-text.ts';

export { formatPath } from './config-issue.ts';

export type ConfigVerdict =
  | { ok: true; config: StoreConfig }
  | { ok: false; problem: HostErrorPayload };

export function loadStoreConfig(file: string): ConfigVerdict {
  const reading = readConfigText(file, maxConfigBytes);
  if (!reading.ok) return reading;
  return parseStoreConfig(reading.text, basename(file));
}

/** JSON text as a value, or where it stops being JSON or nests too deep. */
export function parseJsonText(text: string, fileName: string): { ok: true; raw: unknown } | { ok: false; problem: HostErrorPayload } {
  const deep = tooDeepAt(text, maxNestingDepth);
  if (deep) return { ok: false, problem: { code: 'config.tooDeep', params: { file: fileName, ...deep, count: maxNestingDepth } } };
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
  return { ok: false, problem: describeIssue(parsed.error.issues[0], { schema: storeConfigSchema, raw, file: fileName }) };
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
