// What a desk dialog needs of the desk store: whether its action is on its way, the host's
// refusal of it, and how to close.
import { useConsole, useConsoleSlice } from '../console-context.ts';
import type { DeskAction } from './desk-store.ts';

export function useDialogAction(action: DeskAction) {
  const staffConsole = useConsole();
  const busy = useConsoleSlice('desk', (desk) => desk.busy === action);
  const problem = useConsoleSlice('desk', (desk) => (desk.problem?.action === action ? desk.problem.error : null));
  const close = () => staffConsole.desk.getState().dialogClosed();
  /** Runs the action; the dialog closes once the host has accepted it, and stays to show why not. */
  const submit = async (run: () => Promise<boolean>) => {
    if (await run()) close();
  };
  return { busy, problem, close, submit };
}
