// How every property test here runs: a fixed number of runs so CI time stays bounded, a seed that
// can be forced to replay a failure (fast-check prints the seed and path of the one that failed),
// and a deadline on each call so a hang fails the run instead of timing the whole file out.
import fc from 'fast-check';

/** Set ATIENDE_PROPERTY_SEED (and ATIENDE_PROPERTY_PATH) to the values a failure printed to replay it. */
function replaySettings(): Pick<fc.Parameters<unknown>, 'seed' | 'path'> {
  const seed = process.env.ATIENDE_PROPERTY_SEED;
  const path = process.env.ATIENDE_PROPERTY_PATH;
  return {
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  };
}

/** Past this, a line of the report is cut: a counterexample may hold a 100 KB body. */
const longestReportLine = 2_000;

/** Runs `property` `numRuns` times (fewer when replaying a path); rejects with fast-check's report, seed included. */
export async function check<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncPropertyWithHooks<Ts>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { numRuns, ...replaySettings() });
  } catch (failure) {
    if (failure instanceof Error) {
      failure.message = failure.message
        .split('\n')
        .map((line) => (line.length > longestReportLine ? `${line.slice(0, longestReportLine)}… (${line.length} characters)` : line))
        .join('\n');
    }
    throw failure;
  }
}

/** A call that has not answered within this long counts as hung. */
const callDeadlineMs = 10_000;

/** Resolves as `work` does, or rejects when it has not settled by the deadline: a hang is a failure, not a slow test. */
export async function withinDeadline<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${callDeadlineMs} ms`)), callDeadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
