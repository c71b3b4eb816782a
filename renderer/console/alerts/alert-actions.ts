// Acknowledging an alert: it goes at once from this console and, by the host's event, from every
// other. One that someone else took down first simply goes.
import { toProblem } from '../../kit/host/host-call-error.ts';
import type { StaffConsole } from '../staff-console.ts';

export async function acknowledgeAlert({ host, alerts }: Pick<StaffConsole, 'host' | 'alerts'>, id: string): Promise<void> {
  if (alerts.getState().acknowledging.includes(id)) return;
  alerts.getState().acknowledgeStarted(id);
  try {
    await host.call('alerts.acknowledge', { alert: id });
    alerts.getState().acknowledged(id);
  } catch (error) {
    const problem = toProblem(error);
    if (problem.code === 'staff.unknownAlert') alerts.getState().acknowledged(id);
    else alerts.getState().acknowledgeFailed(id, problem);
  }
}

/** The A key: the alert waiting longest goes first; pressed again, the next one. */
export function acknowledgeOldestAlert(staffConsole: Pick<StaffConsole, 'host' | 'alerts'>): void {
  const { alerts, acknowledging } = staffConsole.alerts.getState();
  const oldest = alerts.findLast((alert) => !acknowledging.includes(alert.id));
  if (oldest) void acknowledgeAlert(staffConsole, oldest.id);
}
