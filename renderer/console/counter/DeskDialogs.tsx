// The one desk dialog open, if any.
import { useConsoleSlice } from '../console-context.ts';
import { PostDelayDialog } from '../delays/PostDelayDialog.tsx';
import { CallTicketDialog } from './CallTicketDialog.tsx';
import { PauseDialog } from './PauseDialog.tsx';
import { ServicesGivenDialog } from './ServicesGivenDialog.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { TransferDialog } from './TransferDialog.tsx';

export function DeskDialogs() {
  const dialog = useConsoleSlice('desk', (desk) => desk.dialog);
  switch (dialog) {
    case 'callTicket':
      return <CallTicketDialog />;
    case 'transfer':
      return <TransferDialog />;
    case 'pause':
      return <PauseDialog />;
    case 'postDelay':
      return <PostDelayDialog />;
    case 'servicesGiven':
      return <ServicesGivenDialog />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    default:
      return null;
  }
}
