// Which of the counter's actions make sense now, for buttons and keys alike.
import { useConsoleSlice } from '../console-context.ts';
import { availableActions, type Availability } from './action-availability.ts';

export function useAvailability(): Availability {
  const view = useConsoleSlice('queue', (queue) => queue.view);
  const followUp = useConsoleSlice('desk', (desk) => desk.followUp);
  const busy = useConsoleSlice('desk', (desk) => desk.busy);
  const available = availableActions(view, followUp);
  // While one action is on its way, the others wait: no double call from an impatient key.
  return busy === null ? available : (Object.fromEntries(Object.keys(available).map((action) => [action, false])) as Availability);
}
