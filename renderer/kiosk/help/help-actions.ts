// "Prefer a person?": takes a staff ticket, tells staff a customer wants help, and shows the
// customer their number: never a dead end.
import type { HelpReason } from '../../../shared/host-api/staff-views.ts';
import type { Screen } from '../../../shared/usage/events.ts';
import type { Kiosk } from '../kiosk.ts';

/** `reason`: the customer would rather deal with a person, or is stuck and needs one. */
export async function requestHelp(kiosk: Kiosk, screen: Screen, reason: HelpReason = 'preferPerson'): Promise<void> {
  const help = kiosk.help.getState();
  if (help.status === 'calling') return;
  help.calling();
  try {
    const { sessionId } = kiosk.session.getState();
    const { ticket, staffTold } = await kiosk.usage.inOrder(() => kiosk.host.call('help.request', { sessionId, screen, reason }));
    kiosk.help.getState().called(ticket, staffTold);
  } catch (error) {
    kiosk.reportFault('help.request failed', error);
    // Never a dead end: the dialog then sends the customer to the counter instead.
    kiosk.help.getState().failed();
  }
}

export function closeHelp(kiosk: Kiosk): void {
  kiosk.help.getState().closed();
}
