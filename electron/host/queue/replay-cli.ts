// `npm run queue:replay -- FILE`: replays a store's recorded queue log through the wait estimator and the naive estimate, and prints how each did.
// FILE is a JSON Lines log or the kiosk's own SQLite file (atiende.sqlite), whose queue_events hold the same events.
// Weekdays, hours and counter routines are read on the store's clock: `--time-zone` (the machine's by default).
import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { clockTimeSchema } from '../../../shared/config/queue-config.ts';
import { createWaitEstimator } from '../../../shared/queue/estimate/monte-carlo-estimator.ts';
import { createNaiveEstimator } from '../../../shared/queue/estimate/naive-estimator.ts';
import { readQueueLog, type QueueLogProblem } from '../../../shared/queue/estimate/queue-log.ts';
import { createRollingWaitEstimator } from '../../../shared/queue/estimate/rolling-wait-estimator.ts';
import { groupTables, scorecardTable } from '../../../shared/queue/estimate/scorecard-table.ts';
import { isTimeZone, runtimeTimeZone } from '../../../shared/queue/estimate/store-clock.ts';
import { createWaitScoring, type QueueScorecard } from '../../../shared/queue/estimate/wait-scoring.ts';
import { QueueLogError } from '../../../shared/queue/queue-state.ts';

export interface ReplayOptions {
  /** The mean service minutes assumed for every service before the log shows its own. */
  priorMinutes: number;
  /** The store's IANA time zone. */
  timeZone: string;
  /** The store's local "HH:MM" its queue day starts. */
  dayStartsAt: string;
}

export type ReplayResult = { ok: true; scorecard: QueueScorecard } | { ok: false; problem: QueueLogProblem | { code: 'queueLog.impossible'; line: number; detail: string } };

/** Replays a log's text; a line that does not parse or cannot have happened is named by number. */
export function replayQueueLog(text: string, { priorMinutes, timeZone, dayStartsAt }: ReplayOptions): ReplayResult {
  const reading = readQueueLog(text);
  if (!reading.ok) return reading;
  const settings = { priorServiceMinutes: {}, defaultPriorMinutes: priorMinutes, timeZone, dayStartsAt };
  const scoring = createWaitScoring(
    [
      { name: 'estimator', estimator: createWaitEstimator(settings) },
      { name: 'naive', estimator: createNaiveEstimator({ priorServiceMinutes: new Proxy({}, { get: () => priorMinutes }) }) },
      { name: 'rolling mean of 10', estimator: createRollingWaitEstimator() },
    ],
    'naive',
    { timeZone },
  );
  const lineOf = lineNumbers(text);
  for (const [index, event] of reading.events.entries()) {
    try {
      scoring.apply(event);
    } catch (error) {
      if (!(error instanceof QueueLogError)) throw error;
      return { ok: false, problem: { code: 'queueLog.impossible', line: lineOf[index] ?? 0, detail: error.message } };
    }
  }
  return { ok: true, scorecard: scoring.scorecard() };
}

// The file line of each event, skipping blank lines and the header as readQueueLog does.
function lineNumbers(text: string): number[] {
  const numbers: number[] = [];
  text.split('\n').forEach((source, index) => {
    const trimmed = source.trim();
    if (trimmed !== '' && !trimmed.includes('"queueLogVersion"')) numbers.push(index + 1);
  });
  return numbers;
}

const sqliteMagic = 'SQLite format 3\u0000';

/** The log as JSON Lines: the file itself, or the kiosk database's queue events in the order written. */
export function readLogText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, sqliteMagic.length).toString('latin1') !== sqliteMagic) return bytes.toString('utf8');
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const rows = db.prepare('SELECT log_version, event FROM queue_events ORDER BY seq').all();
    const version = Math.max(1, ...rows.map((row) => Number(row.log_version)));
    return [JSON.stringify({ queueLogVersion: version }), ...rows.map((row) => String(row.event))].join('\n');
  } finally {
    db.close();
  }
}

const usage = 'usage: npm run queue:replay -- FILE [--prior-minutes N] [--time-zone ZONE] [--day-starts-at HH:MM] [--json]';
const valued = ['--prior-minutes', '--time-zone', '--day-starts-at'];

function main(args: string[]): number {
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const file = args.find((arg, index) => !arg.startsWith('--') && !valued.includes(args[index - 1] ?? ''));
  const priorMinutes = Number(option('--prior-minutes') ?? 5);
  const timeZone = option('--time-zone') ?? runtimeTimeZone();
  const dayStartsAt = option('--day-starts-at') ?? '04:00';
  if (!file || !(priorMinutes > 0)) {
    console.error(usage);
    return 2;
  }
  if (!isTimeZone(timeZone)) {
    console.error(`--time-zone: "${timeZone}" is not a time zone this machine knows; give an IANA name such as Europe/Madrid or America/Mexico_City\n${usage}`);
    return 2;
  }
  if (!clockTimeSchema.safeParse(dayStartsAt).success) {
    console.error(`--day-starts-at: "${dayStartsAt}" is not a local time such as 04:00\n${usage}`);
    return 2;
  }
  let text: string;
  try {
    text = readLogText(file);
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
    return 2;
  }
  const result = replayQueueLog(text, { priorMinutes, timeZone, dayStartsAt });
  if (!result.ok) {
    console.error(`${file}:${result.problem.line}: ${result.problem.code}: ${result.problem.detail}`);
    return 1;
  }
  if (args.includes('--json')) console.log(JSON.stringify(result.scorecard, null, 2));
  else {
    console.log(scorecardTable(`${file}: waits predicted at issue vs. real waits until called (minutes)`, result.scorecard));
    console.log(groupTables(result.scorecard));
  }
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
