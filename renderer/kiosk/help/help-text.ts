// What the help dialog tells the customer, chosen so it never promises a person nobody was told
// about: "someone is coming" only when a staff console heard the call, else go to the counter.
import type { HelpState } from './help-store.ts';

export type HelpMessage = 'calling' | 'called' | 'notTold' | 'failed';

export function helpMessage({ status, staffTold }: Pick<HelpState, 'status' | 'staffTold'>): HelpMessage | null {
  if (status === 'closed') return null;
  if (status === 'called' && !staffTold) return 'notTold';
  return status;
}
