// Runs the kiosk's self-checks and says what they found: every run to the usage log and to staff
// consoles (`health.checked`), each failure as a console.error line, and a check that starts
// failing as one staff alert (not one per run), with its recovery logged when it passes again.
import type { EventPayload } from '../../../shared/host-api/contract.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { healthChecks, type HealthCheck, type HealthReport } from '../../../shared/host-api/staff-views.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import type { StaffAlerts } from '../alerts/staff-alerts.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import { checkFailed, type CheckOutcome } from './health-problem.ts';

export interface HealthMonitorDeps {
  /** The checks this kiosk runs: no printer check without a printer. */
  checks: Partial<Record<HealthCheck, () => CheckOutcome>>;
  usageLog: Pick<UsageLog, 'append'>;
  alerts: Pick<StaffAlerts, 'raise' | 'list'>;
  /** Checks whose failure staff already hear of from elsewhere: the printer raises its own alert. */
  alertedElsewhere: readonly HealthCheck[];
  kioskName: string;
  now: () => Date;
  emit: (event: 'health.checked', payload: EventPayload<'health.checked'>) => void;
}

export interface HealthMonitor {
  /** Runs every check now and reports; synchronous, so a run never overlaps another. */
  run(): HealthReport;
  /** The last run's report; null before the first. */
  latest(): HealthReport | null;
}

export function createHealthMonitor({ checks, usageLog, alerts, alertedElsewhere, kioskName, now, emit }: HealthMonitorDeps): HealthMonitor {
  // Standard error: what the service's journal keeps for the operator.
  const logLine = (line: string) => console.error(line);
  /** Each check's problem at its last run: null when it passed. */
  const last = new Map<HealthCheck, HostErrorPayload | null>();
  let latest: HealthReport | null = null;

  // The database may be what failed: the log's own write failing must not stop the rest.
  const record = (event: UsageEvent) => {
    try {
      usageLog.append(null, event);
    } catch (fault) {
      logLine(`[health] could not log ${event.type}: ${String(fault)}`);
    }
  };

  function alertOnce(check: HealthCheck, problem: HostErrorPayload): void {
    if (alertedElsewhere.includes(check)) return;
    // Still open from before a restart: the same trouble, already on every console.
    if (alerts.list().some((alert) => alert.kind === 'health' && alert.check === check)) return;
    try {
      alerts.raise({ kind: 'health', check, problem, kiosk: kioskName });
    } catch (fault) {
      logLine(`[health] could not alert staff of ${check}: ${String(fault)}`);
    }
  }

  return {
    run() {
      const results: HealthReport['results'] = [];
      for (const check of healthChecks) {
        const probe = checks[check];
        if (!probe) continue;
        let problem: CheckOutcome;
        try {
          problem = probe();
        } catch (fault) {
          problem = checkFailed(fault instanceof Error ? fault.message : String(fault));
        }
        if (problem !== undefined) results.push({ check, problem });
      }
      for (const { check, problem } of results) {
        const before = last.get(check) ?? null;
        last.set(check, problem);
        if (problem) logLine(`[health] ${check} check failed: ${problem.code} ${JSON.stringify(problem.params)}`);
        if (problem && !before) {
          record({ type: 'kiosk.healthChanged', check, problem: problem.code });
          alertOnce(check, problem);
        } else if (!problem && before) {
          record({ type: 'kiosk.healthChanged', check, problem: null });
          logLine(`[health] ${check} check passes again`);
        }
      }
      record({ type: 'kiosk.healthChecked', results: Object.fromEntries(results.map(({ check, problem }) => [check, problem?.code ?? 'ok'])) });
      latest = { checkedAt: now().toISOString(), results };
      emit('health.checked', latest);
      return latest;
    },
    latest: () => latest,
  };
}

/** Runs the checks now and every `everyMinutes`; returns the stop. */
export function startHealthChecks(monitor: HealthMonitor, everyMinutes: number): () => void {
  // A fault of ours in a run must cost that run, never the host that it checks.
  const run = () => {
    try {
      monitor.run();
    } catch (fault) {
      console.error('[health] the self-checks failed to run', fault);
    }
  };
  run();
  const timer = setInterval(run, everyMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
