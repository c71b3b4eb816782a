// The self-checks' host method: the latest report, for a console that connects between runs.
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { HealthMonitor } from './health-monitor.ts';

export function healthHandlers(monitor: HealthMonitor): DomainHandlers<'health'> {
  return {
    'health.status': () => ({ health: monitor.latest() }),
  };
}
