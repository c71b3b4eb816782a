// How both shells bring a kiosk page back after it crashed, hung or failed to load, and restart what
// died: at once a few times a minute, then only after a cool-down, so a page that keeps crashing does
// not spin the machine; and each page brought back is written to the usage log and resets the session.
import type { UsageEvent } from '../../../shared/usage/events.ts';
import type { Host } from '../create-host.ts';

export type RecoveryCause = Extract<UsageEvent, { type: 'kiosk.rendererRecovered' }>['cause'];

export interface RecoveryPolicy {
  /** Recoveries made at once within `perMs`; past that, each waits `cooldownMs`. */
  maxReloads: number;
  perMs: number;
  cooldownMs: number;
}

/** Three immediate reloads a minute cover any page that crashes now and then; a page that crashes more is broken, and waits. */
export const defaultRecoveryPolicy: RecoveryPolicy = { maxReloads: 3, perMs: 60_000, cooldownMs: 30_000 };

export interface RecoveryTimers {
  now(): number;
  /** Runs `task` after `ms`; returns the function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

export const realTimers: RecoveryTimers = {
  now: () => Date.now(),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
};

export interface RecoveryBackoff {
  /**
   * Runs `task` now, or after the cool-down when the policy's reloads were spent; answers the delay
   * in ms, or null when a recovery is already waiting (the task is then dropped).
   */
  request(task: () => void): number | null;
  /** Drops a recovery that is waiting. */
  cancel(): void;
}

export function createRecoveryBackoff(policy: RecoveryPolicy = defaultRecoveryPolicy, timers: RecoveryTimers = realTimers): RecoveryBackoff {
  const recent: number[] = [];
  let cancelWaiting: (() => void) | null = null;

  function run(task: () => void): void {
    cancelWaiting = null;
    recent.push(timers.now());
    task();
  }

  return {
    request(task) {
      if (cancelWaiting) return null;
      const now = timers.now();
      while (recent.length > 0 && now - (recent[0] ?? now) >= policy.perMs) recent.shift();
      if (recent.length < policy.maxReloads) {
        run(task);
        return 0;
      }
      cancelWaiting = timers.after(policy.cooldownMs, () => run(task));
      return policy.cooldownMs;
    },
    cancel() {
      cancelWaiting?.();
      cancelWaiting = null;
    },
  };
}

/** How a shell names a recovery's delay in its log line: "now", or when and why later. */
export function recoveryDelayText(delayMs: number, policy: RecoveryPolicy = defaultRecoveryPolicy): string {
  if (delayMs === 0) return 'now';
  return `in ${Math.round(delayMs / 1000)} s, after ${policy.maxReloads} within ${Math.round(policy.perMs / 1000)} s`;
}

/**
 * Writes a page brought back to the usage log and asks every page to end its session (the customer
 * at the kiosk starts again on the attract screen); a log that cannot be written costs a line, not
 * the recovery.
 */
export function recordRecovery(host: Pick<Host, 'usageLog' | 'events'>, cause: RecoveryCause, log: Pick<Console, 'error'> = console): void {
  try {
    host.usageLog.append(null, { type: 'kiosk.rendererRecovered', cause });
    host.events.emit('session.resetRequested', { reason: 'recovered' });
  } catch (fault) {
    log.error('[recovery] could not record the recovery', fault);
  }
}
