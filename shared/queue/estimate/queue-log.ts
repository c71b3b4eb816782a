// Reads a recorded queue log (JSON Lines: an optional version header, then one queue event per line) into events, or says which line is wrong.
import { queueEventSchema, queueLogVersion, type QueueEvent } from '../queue-events.ts';

export type QueueLogProblem =
  | { code: 'queueLog.notJson'; line: number; detail: string }
  | { code: 'queueLog.badEvent'; line: number; detail: string }
  | { code: 'queueLog.newerVersion'; line: number; detail: string }
  | { code: 'queueLog.outOfOrder'; line: number; detail: string };

export type QueueLogReading = { ok: true; events: QueueEvent[] } | { ok: false; problem: QueueLogProblem };

/** The header a log may start with, so a replay can refuse a log written by a newer kiosk. */
export function queueLogHeader(): string {
  return JSON.stringify({ queueLogVersion });
}

/** Parses a whole log; blank lines are skipped, line numbers count from 1 as editors do. */
export function readQueueLog(text: string): QueueLogReading {
  const events: QueueEvent[] = [];
  const lines = text.split('\n');
  let last = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < lines.length; index += 1) {
    const source = (lines[index] as string).trim();
    const line = index + 1;
    if (source === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      return { ok: false, problem: { code: 'queueLog.notJson', line, detail: (error as Error).message } };
    }
    if (events.length === 0 && value !== null && typeof value === 'object' && 'queueLogVersion' in value) {
      const version = (value as { queueLogVersion: unknown }).queueLogVersion;
      if (typeof version !== 'number' || version > queueLogVersion) {
        return { ok: false, problem: { code: 'queueLog.newerVersion', line, detail: `version ${String(version)}, this replay reads up to ${queueLogVersion}` } };
      }
      continue;
    }
    const parsed = queueEventSchema.safeParse(value);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
      return { ok: false, problem: { code: 'queueLog.badEvent', line, detail } };
    }
    const at = Date.parse(parsed.data.at);
    // Events are facts in the order they happened; a log out of order cannot be folded honestly.
    if (at < last) return { ok: false, problem: { code: 'queueLog.outOfOrder', line, detail: `${parsed.data.at} is before the line above` } };
    last = at;
    events.push(parsed.data);
  }
  return { ok: true, events };
}
