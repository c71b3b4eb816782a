// What each console key does at the counter, given what is possible now: actions go to the desk,
// the ones that need more (a number, a reason, a text) open their dialog, the follow-up keys only
// act while the follow-up of a ticket just served shows. Returns whether the key did something, so
// only those are consumed.
import type { StaffConsole } from '../staff-console.ts';
import { availableActions } from './action-availability.ts';
import type { CounterDesk } from './counter-desk.ts';
import type { DeskDialog } from './desk-store.ts';
import type { ShortcutCommand } from './shortcuts.ts';

export function runCommand(staffConsole: Pick<StaffConsole, 'desk' | 'queue'>, desk: CounterDesk, command: ShortcutCommand): boolean {
  const { busy, followUp } = staffConsole.desk.getState();
  const available = availableActions(staffConsole.queue.getState().view, followUp);
  const open = (dialog: DeskDialog) => {
    staffConsole.desk.getState().dialogOpened(dialog);
    return true;
  };

  switch (command) {
    case 'shortcuts':
      return open('shortcuts');
    case 'acknowledge':
      // Heard on every signed-in screen, the counter picker too: see use-alert-shortcut.ts.
      return false;
    case 'servedResolved':
    case 'servedPending':
      if (!followUp || busy) return false;
      void desk.recordOutcome({ outcome: command === 'servedResolved' ? 'resolved' : 'pending' });
      return true;
    case 'servicesGiven':
      if (!followUp || busy) return false;
      return open('servicesGiven');
    case 'skipFollowUp':
      if (!followUp) return false;
      staffConsole.desk.getState().followUpDismissed();
      return true;
  }

  // Any other action carries on past a follow-up still showing (see the desk store).
  if (busy || !available[command]) return false;
  switch (command) {
    case 'callTicket':
    case 'transfer':
    case 'pause':
    case 'postDelay':
      return open(command);
    default:
      void desk[command]();
      return true;
  }
}
